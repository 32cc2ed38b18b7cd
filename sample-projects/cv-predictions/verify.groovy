// Integration check: folds, a fold-gated rule, training against out-of-fold error, an inconclusive limit that warns.
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ml-report/report.json'))
assert json.verdict == 'pass'
assert json.data.rows == 2000
// Five folds of 400 customers, each with the full metric set, and their summary beside the pooled value.
assert json.folds.column == 'fold'
assert json.folds.folds*.name == ['1', '2', '3', '4', '5']
assert json.folds.folds.every { it.rows == 400 }
def accuracy = json.folds.metrics.accuracy
assert accuracy.pooled == json.metrics.accuracy
assert accuracy.worst == accuracy.min && accuracy.worstFold == accuracy.minFold
assert accuracy.interval.lower < accuracy.mean && accuracy.mean < accuracy.interval.upper
def byFold = json.folds.folds*.metrics*.accuracy
def mean = byFold.sum() / byFold.size()
def sd = Math.sqrt(byFold.collect { (it - mean) * (it - mean) }.sum() / (byFold.size() - 1))
assert Math.abs(accuracy.standardDeviation - sd) < 1e-12
// The fold limits: the worst fold, the spread and the mean.
assert json.rules[0].message.startsWith("MODEL: accuracy of the worst fold '${accuracy.worstFold}' (of 5) is")
assert json.rules[1].message.startsWith('MODEL: spread (standard deviation) of accuracy over 5 folds is')
assert json.rules[2].message.startsWith('MODEL: mean of aucRoc over 5 folds is') && json.rules[2].conclusive == true
assert json.rules[0..2]*.bound == ['worstFold', 'foldSpread', 'foldMean']
// The churn recall limit lies within its interval: inconclusive, a warning, and how many more rows would decide it.
def recall = json.rules[3]
assert recall.status == 'warn' && recall.conclusive == false && recall.rowsToConclude > 0
// Out-of-fold against in-sample predictions: a small logistic regression does not overfit.
assert json.fit.diagnosis == 'neither'
assert json.checks.find { it.id == 'diagnostics.fit' }.status == 'pass'
// Predictions mode has no model to shuffle columns for: the association of each column with the errors instead.
assert json.importance.method == 'errorAssociation'
assert json.importance.features[0].column == 'tenure_months'

def log = new File(basedir, 'build.log').text
assert log.contains("Rule inconclusive for CLASS 'churn': recall is")
assert log.contains('3 of 4 rules met, 1 inconclusive (onInconclusive=warn)')
def html = new File(basedir, 'target/ml-report/index.html').text
assert html.contains('class="bars folds"') && html.contains('inconclusive</span>')
def junit = new File(basedir, 'target/ml-report/TEST-mlgate.xml').text
assert junit.contains('WARN: Rule inconclusive for CLASS')
assert junit.contains('name="MODEL accuracy (worstFold) &gt;= 0.72"') || junit.contains('name="MODEL accuracy (worstFold) >= 0.72"')
def summary = new File(basedir, 'target/ml-report/summary.md').text
assert summary.contains('### Inconclusive limits') && summary.contains('**Folds** (5 in `fold`)')
return true
