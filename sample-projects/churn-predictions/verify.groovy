// Integration check: predictions-file mode, slice metrics and weak-slice discovery.
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ml-report/report.json'))
assert json.verdict == 'pass'
assert json.model.type == 'predictions-file'
assert json.data.rows == 3000
assert json.positiveLabel == 'churn'
assert json.intervals.aucRoc.lower <= json.metrics.aucRoc && json.metrics.aucRoc <= json.intervals.aucRoc.upper
// Every region and plan has the full metric set.
assert json.slices.findAll { !it.discovered }*.name.containsAll(['region=south', 'plan=family'])
// Discovery names the planted weak spot first, without configuration.
def discovered = json.slices.findAll { it.discovered }
assert discovered[0].description == 'region = south and plan = family'
assert json.errors.weakSlices[0].description == 'region = south and plan = family'
// Examples name customers, not line numbers.
assert json.errors.confusionPairs[0].examples[0].startsWith('C')
def log = new File(basedir, 'build.log').text
assert log.contains("SLICE 'plan=family'") || !log.contains('Rule violated')
return true
