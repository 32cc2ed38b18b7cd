// Integration check: a Tribuo ensemble (a random forest) loads through the guarded loader and passes its gate.
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ml-report/report.json'))
println "wine-forest: accuracy ${json.metrics.accuracy}, aucRoc ${json.metrics.aucRoc}, logLoss ${json.metrics.logLoss}"
assert json.verdict == 'pass'
assert json.task == 'classification'
assert json.model.type == 'org.tribuo.ensemble.WeightedEnsembleModel'
assert json.model.tribuoVersion == '4.3.2'
assert json.data.rows == 60
assert json.confusionMatrix.labels == ['barbera', 'barolo', 'grignolino']
assert json.rules.every { it.status == 'pass' }
// The forest's provenance records its training file, which is given: the validation file is another file.
def same = json.checks.find { it.id == 'leakage.same-data-as-training' }
assert same.status == 'pass'
def log = new File(basedir, 'build.log').text
assert log =~ /All \d+ rules met/
return true
