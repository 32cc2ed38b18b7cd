// Integration check: an ONNX model of a scikit-learn pipeline, scored by ONNX Runtime, passes its gate.
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ml-report/report.json'))
assert json.verdict == 'pass'
assert json.task == 'classification'
assert json.model.type == 'onnx'
assert json.model.producer == 'skl2onnx 1.16.0'
assert json.data.rows == 170
assert json.confusionMatrix.labels == ['benign', 'malignant']
assert json.positiveLabel == 'malignant'
// scikit-learn's own predictions of these rows (data/sklearn-predictions.csv): accuracy 0.9529 (162 of 170), ROC AUC
// 0.99561. ONNX Runtime computes in float32, so the probabilities differ from scikit-learn's by about 1e-7, far
// below what could change a label or the ranking.
assert Math.abs(json.metrics.accuracy - 162 / 170.0) < 1e-9
assert Math.abs(json.metrics.aucRoc - 0.9956140350877194) < 1e-9
assert json.rules.every { it.status == 'pass' }
// Every column is one of the model's inputs.
assert !json.notes.any { it.contains('not read by the model') }
def log = new File(basedir, 'build.log').text
assert log =~ /All \d+ rules met/
return true
