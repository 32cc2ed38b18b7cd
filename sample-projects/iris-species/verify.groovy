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
// A passing gate says so, as JaCoCo's check does, and names the checks that warn.
assert log =~ /All \d+ rules met; /
// The CI files name the project: two modules of one build can be told apart.
def junit = new File(report, 'TEST-mlgate.xml').text
assert junit.contains('<testsuite name="mlgate.iris-species"')
assert junit.contains('classname="mlgate.iris-species.rules"')
assert junit.contains('<property name="actual" value="')
def summary = new File(report, 'summary.md').text
assert summary.startsWith('## mlgate: PASS \u2014 mlgate sample: iris species (`iris-species`)')
assert summary.contains('Full report: [index.html](index.html)')
assert json.project.artifactId == 'iris-species'
// mvn site: the report is a project report of the site.
def site = new File(basedir, 'target/site')
assert new File(site, 'ml-report/index.html').text.contains('mlgate sample: iris species')
assert new File(site, 'ml-report/report.json').isFile()
def projectReports = new File(site, 'project-reports.html').text
assert projectReports.contains('ml-report/index.html')
assert projectReports.contains('Model evaluation')
return true
