// Integration check: the plugin declared in the parent's <plugins> runs in every project of the reactor; the parent
// and the module without data are skipped at info level (the build does not fail with "Nothing to evaluate"), the
// module with predictions is gated.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Skipping model evaluation of multi-module-parent: nothing to evaluate here, none of its input files exists')
assert log.contains('[INFO] Skipping model evaluation of shared-library: nothing to evaluate here, none of its input files exists')
assert !log.contains('Nothing to evaluate')
assert log.contains('BUILD SUCCESS')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'churn-model/target/ml-report/report.json'))
assert json.verdict == 'pass'
assert json.data.rows == 1000
assert json.positiveLabel == 'churn'
assert json.project.artifactId == 'churn-model'
assert !new File(basedir, 'shared-library/target/ml-report').exists()
assert !new File(basedir, 'target/ml-report').exists()
return true
