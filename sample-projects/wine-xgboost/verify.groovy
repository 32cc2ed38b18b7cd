// Integration check: an XGBoost multi:softprob model, evaluated in pure Java, passes its gate with XGBoost's numbers.
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ml-report/report.json'))
assert json.verdict == 'pass'
assert json.task == 'classification'
assert json.model.type == 'xgboost gbtree multi:softprob'
assert json.model.producer == 'xgboost 1.7.4'
assert json.data.rows == 60
assert json.confusionMatrix.labels == ['barbera', 'barolo', 'grignolino']
// XGBoost's own predictions of these rows (data/xgboost-predictions.csv): 59 of 60 right, log loss 0.062863235
// (scikit-learn's log_loss of XGBoost's predict_proba).
assert Math.abs(json.metrics.accuracy - 59 / 60.0) < 1e-9
assert Math.abs(json.metrics.logLoss - 0.06286323547765653) < 1e-6
assert json.rules.every { it.status == 'pass' }
// Empty cells are missing values, which XGBoost sends down each split's default direction: the notes say so.
assert json.notes.any { it.contains('empty cells') && it.contains('which XGBoost follows as missing values') }
def log = new File(basedir, 'build.log').text
assert log =~ /All \d+ rules met/
return true
