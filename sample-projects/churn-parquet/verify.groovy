// Integration check: a Parquet predictions file gives the evaluation the CSV of the same rows gives
// (../churn-predictions), read by the plugin's runtime alone (no Hadoop on the classpath).
import java.security.MessageDigest

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ml-report/report.json'))
assert json.verdict == 'pass'
assert json.model.type == 'predictions-file'
assert json.data.path.endsWith('predictions.parquet')
assert json.data.rows == 3000
def bytes = new File(basedir, 'data/predictions.parquet').bytes
assert json.data.sha256 == MessageDigest.getInstance('SHA-256').digest(bytes).encodeHex().toString()
assert json.positiveLabel == 'churn'
// Every region and plan has the full metric set, and discovery names the planted weak spot first, as from CSV.
assert json.slices.findAll { !it.discovered }*.name.containsAll(['region=south', 'plan=family'])
assert json.errors.weakSlices[0].description == 'region = south and plan = family'
assert json.errors.confusionPairs[0].examples[0].startsWith('C')
def log = new File(basedir, 'build.log').text
assert !log.contains('NoClassDefFoundError')
assert !log.contains('ClassNotFoundException')
return true
