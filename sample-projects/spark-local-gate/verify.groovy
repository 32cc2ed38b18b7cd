// Integration check: tens of millions of predictions generated as Parquet, evaluated on Spark and gated.
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ml-report/report.json'))
assert json.verdict == 'pass'
assert json.data.rows == 20000000
assert json.data.path.endsWith('predictions.parquet')
assert json.positiveLabel == 'churn'
assert json.intervals.aucRoc.lower <= json.metrics.aucRoc && json.metrics.aucRoc <= json.intervals.aucRoc.upper
assert json.slices.findAll { !it.discovered }*.name.containsAll(['region=south', 'plan=family'])
// The planted weak spot is found by discovery, among 20 million rows.
assert json.errors.weakSlices*.description.contains('region = south and plan = family')
def log = new File(basedir, 'build.log').text
assert log.contains('Evaluated 20,000,000 rows on Spark')
assert new File(basedir, 'target/ml-report/index.html').isFile()
return true
