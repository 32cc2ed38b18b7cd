// Integration check: three evaluations in one build; one fails, the build fails naming it and each of its violated
// rules, and the index page links every report with its verdict.
def log = new File(basedir, 'build.log').text
assert log.contains("mlgate evaluation 'logistic':")
assert log.contains("mlgate evaluation 'logistic-jsonl':")
assert log.contains("mlgate evaluation 'stump':")
def failure = log.substring(log.indexOf('Model quality gate failed for'))
assert failure.startsWith('Model quality gate failed for 1 of 3 evaluations:')
assert failure.contains('  stump:\n')
assert failure.contains("    - Rule violated for MODEL: accuracy is 0.6667, but expected minimum is 0.90")
assert failure.contains("    - Rule violated for CLASS 'versicolor': recall is 0.00, but expected minimum is 0.80")
assert !failure.contains('  logistic:')

def report = { id -> new groovy.json.JsonSlurper().parse(new File(basedir, "target/ml-report/${id}/report.json")) }
assert report('logistic').verdict == 'pass'
assert report('logistic-jsonl').verdict == 'pass'
assert report('stump').verdict == 'fail'
// The same rows from CSV and from JSON Lines: the same evaluation.
assert report('logistic').metrics == report('logistic-jsonl').metrics
assert report('logistic-jsonl').data.path.endsWith('iris-validation.jsonl')
assert report('stump').project.evaluation == 'stump'

// Each evaluation's JUnit suite and summary carry its id.
['logistic', 'logistic-jsonl', 'stump'].each { id ->
    def junit = new File(basedir, "target/ml-report/${id}/TEST-mlgate.xml").text
    assert junit.contains("testsuite name=\"mlgate.iris-models.${id}\"")
    assert new File(basedir, "target/ml-report/${id}/summary.md").readLines()[0].endsWith("evaluation `${id}`")
}

// The index links every report with its verdict; its summary.md is a table of the three.
def index = new File(basedir, 'target/ml-report/index.html').text
['logistic', 'logistic-jsonl', 'stump'].each { id -> assert index.contains("href=\"${id}/index.html\"") }
assert index.contains('1 of 3 evaluations failed')
def summary = new File(basedir, 'target/ml-report/summary.md').text
assert summary.startsWith('## mlgate: FAIL')
assert summary.contains('| `stump` | **FAIL** |')
assert summary.contains('| `logistic` | PASS |')
return true
