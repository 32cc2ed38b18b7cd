// Integration check: the gate fails, the log names each violated rule, and the report says why.
def log = new File(basedir, 'build.log').text
assert log.contains("Rule violated for MODEL: accuracy is 0.6667, but expected minimum is 0.90")
assert log.contains("Rule violated for CLASS 'versicolor': recall is 0.00, but expected minimum is 0.80")
assert log.contains('3 rules were violated')
// The build's failure message itself names each rule, so that `mvn -q` (errors only) still says which.
def failure = log.substring(log.indexOf('Model quality gate failed'))
assert failure.contains("  - Rule violated for MODEL: accuracy is 0.6667, but expected minimum is 0.90")
assert failure.contains("  - Rule violated for CLASS 'versicolor': recall is 0.00, but expected minimum is 0.80")
assert !(log =~ /All \d+ rules met/)
assert log.contains('Model quality gate failed')
assert log.contains('index.html')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ml-report/report.json'))
assert json.verdict == 'fail'
assert json.rules.any { it.status == 'fail' && it.metric == 'accuracy' }
return true
