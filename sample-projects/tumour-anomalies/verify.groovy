// Integration check: a Tribuo one-class SVM judged on benign and malignant samples.
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ml-report/report.json'))
assert json.task == 'anomaly'
assert json.verdict == 'pass'
assert json.model.type == 'org.tribuo.transform.TransformedModel'
assert json.data.rows == 119
assert json.positiveLabel == 'ANOMALOUS'
assert json.classes.ANOMALOUS.support == 12
// Higher anomaly scores for malignant samples: mlgate negates the SVM's decision value, negative for anomalies.
assert json.metrics.aucRoc > 0.95
assert json.taskDetails.precisionAtK.k == 12
assert json.taskDetails.precisionAtK.kSource == 'anomalies'
assert json.confusionMatrix.labels == ['ANOMALOUS', 'EXPECTED']
// Examples name samples, not line numbers.
assert json.errors.confusionPairs[0].examples[0].startsWith('s')
assert json.checks.every { it.status != 'fail' }
def log = new File(basedir, 'build.log').text
assert log =~ /precisionAtK\s+0\.\d{4} \(/
assert log =~ /All 3 rules met; /
return true
