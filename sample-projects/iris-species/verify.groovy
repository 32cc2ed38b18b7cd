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
// The training file is given, so the overlap check ran. Iris measurements are rounded to 0.1 cm and a few flowers
// repeat exactly: one validation row equals a training row, which a random split of such data gives by chance.
def overlap = json.checks.find { it.id == 'leakage.train-validation-overlap' }
assert overlap.status == 'pass'
assert overlap.details.overlappingRows == 1
assert overlap.message.contains('a random split of rows repeated as often as these would give about')
assert json.errors.confusionPairs.size() >= 1
def log = new File(basedir, 'build.log').text
assert log.contains('mlgate report: ')
assert !log.contains('Rule violated')
return true
