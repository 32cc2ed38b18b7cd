// Integration check: partial states written on Spark, merged and gated by ml:evaluate in the verify phase.
def states = new File(basedir, 'target/partials')
assert new File(states, 'template.mlgstate').isFile()
assert states.listFiles().findAll { it.name.startsWith('part-') }.size() == 8
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ml-report/report.json'))
assert json.verdict == 'pass'
assert json.data.rows == 2000000
assert json.data.path == 'churn scores of the month'
assert json.slices.findAll { !it.discovered }*.name.containsAll(['region=south', 'plan=family'])
def log = new File(basedir, 'build.log').text
assert log.contains('Wrote the partial states of 2,000,000 rows')
assert log.contains('All 3 rules met')
return true
