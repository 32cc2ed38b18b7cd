// Integration check: the gate passes and the whole report is written.
def report = new File(basedir, 'target/ml-report')
['report.json', 'index.html', 'TEST-mlgate.xml', 'summary.md'].each {
    assert new File(report, it).isFile() : "missing target/ml-report/$it"
}
def json = new groovy.json.JsonSlurper().parse(new File(report, 'report.json'))
assert json.schemaVersion == 1
assert json.task == 'classification'
assert json.verdict == 'pass'
assert json.data.rows == 45
assert json.metrics.accuracy >= 0.9
assert json.confusionMatrix.labels == ['setosa', 'versicolor', 'virginica']
assert json.rules.every { it.status == 'pass' }
// The training file is given: the overlap check ran, and the POM turned it into a warning.
assert json.checks.find { it.id == 'leakage.train-validation-overlap' }.status == 'warn'
assert json.errors.confusionPairs.size() >= 1
def log = new File(basedir, 'build.log').text
assert log.contains('mlgate report: ')
assert !log.contains('Rule violated')
return true
