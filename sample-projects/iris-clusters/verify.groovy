// Integration check: Tribuo k-means judged against the species it never saw.
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ml-report/report.json'))
assert json.task == 'clustering'
assert json.verdict == 'pass'
assert json.model.type == 'org.tribuo.clustering.kmeans.KMeansModel'
assert json.data.rows == 45
assert json.metrics.keySet() == ['adjustedRandIndex', 'normalizedMutualInfo', 'adjustedMutualInfo', 'homogeneity',
                                 'completeness', 'vMeasure'] as Set
assert json.metrics.adjustedRandIndex >= 0.6
def table = json.taskDetails.contingencyTable
assert table.labels == ['setosa', 'versicolor', 'virginica']
assert table.clusters == ['0', '1', '2']
assert table.counts.flatten().sum() == 45
// Setosa stands apart: one cluster holds all 15 of them.
assert table.counts[0].contains(15)
assert json.errors.notes[0].startsWith('Error analysis does not apply to clustering')
assert json.notes.any { it.startsWith('leakage.target-proxy does not apply to clustering') }
def log = new File(basedir, 'build.log').text
assert log =~ /adjustedRandIndex\s+0\.\d{4} \(/
assert log =~ /All 2 rules met; /
assert new File(basedir, 'target/ml-report/index.html').text.contains('Clusters against true labels')
return true
