// Integration check: the challenger fails against the champion, the log says by how much and how surely, and the
// report carries the comparison, the p-value and the newly broken rows.
def log = new File(basedir, 'build.log').text
assert log.contains("Rule violated for MODEL: accuracy is 0.6667, 0.3111 below the baseline's 0.9778 (maximum drop 0.02), a significant drop (p = 0.0001, mcnemar-exact, significance 0.05)")
assert log.contains('baseline accuracy')
assert log.contains('1 rule was violated')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ml-report/report.json'))
assert json.verdict == 'fail'
assert json.data.rowsDigest.startsWith('45-')
def accuracy = json.baseline.comparisons.find { it.metric == 'accuracy' }
assert accuracy.test == 'mcnemar-exact'
assert accuracy.pValue < 0.05
assert accuracy.difference < 0
assert json.baseline.newlyBrokenRows == 14
assert json.baseline.newlyBroken.any { it.actual == 'versicolor' && it.predicted == 'virginica' && it.lines.size() <= 5 }
return true
