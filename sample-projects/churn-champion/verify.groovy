// Integration check: the challenger fails against the champion's stored report; the p-values come from the rows the
// report stored (storeRows), paired by row key although the challenger's file lists the customers in reverse order.
def log = new File(basedir, 'build.log').text
assert log.contains("Rule violated for MODEL: accuracy is 0.9007, 0.0263 below the baseline's 0.927 (maximum drop 0.01), a significant drop (p = 3.1e-05, mcnemar-chi2, significance 0.05)")
assert log.contains('baseline: 215 rows newly wrong, 136 rows newly right')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ml-report/report.json'))
assert json.verdict == 'fail'
assert json.model.type == 'predictions-file'
assert json.baseline.sameRows
def accuracy = json.baseline.comparisons.find { it.metric == 'accuracy' }
assert accuracy.test == 'mcnemar-chi2'
assert accuracy.pValue < 0.001
def macroF1 = json.baseline.comparisons.find { it.metric == 'macroF1' }
assert macroF1.test == 'paired-bootstrap' && macroF1.pValue < 0.05
assert json.baseline.newlyBrokenRows == 215
assert json.baseline.newlyFixedRows == 136
assert json.baseline.newlyBroken.any { it.actual == 'churn' && it.predicted == 'stay' && it.count == 150 }
assert json.baseline.newlyBroken.every { it.lines.size() <= 5 }
// This run did not ask for storeRows, so its own report has no rows section.
assert json.rows == null
return true
