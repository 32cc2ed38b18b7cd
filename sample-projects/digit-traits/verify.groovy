// Integration check: a Tribuo multi-label model, its metrics, its labels and its errors per label.
def report = new File(basedir, 'target/ml-report')
['report.json', 'index.html', 'TEST-mlgate.xml', 'summary.md'].each {
    assert new File(report, it).isFile() : "missing target/ml-report/$it"
}
def json = new groovy.json.JsonSlurper().parse(new File(report, 'report.json'))
assert json.task == 'multilabel'
assert json.verdict == 'pass'
assert json.model.type == 'org.tribuo.multilabel.sgd.linear.LinearSGDModel'
assert json.data.rows == 540
assert json.taskDetails.labelSets.labels == ['even', 'large', 'loop', 'prime']
// A handwritten 1 has no trait: empty sets are read as such, not as bad rows.
assert json.taskDetails.labelSets.emptyActualSets > 0
assert json.metrics.microF1 >= 0.88
assert json.metrics.labelRankingAveragePrecision >= 0.95
assert json.intervals.microF1.lower <= json.metrics.microF1 && json.metrics.microF1 <= json.intervals.microF1.upper
assert json.classes.keySet() == ['even', 'large', 'loop', 'prime'] as Set
assert json.classes.loop.aucRoc > 0.9
assert json.errors.labelErrors*.label.containsAll(['even', 'large', 'loop', 'prime'])
assert json.rules.size() == 7 && json.rules.every { it.status == 'pass' }
def log = new File(basedir, 'build.log').text
assert log.contains('mlgate: multilabel model org.tribuo.multilabel.sgd.linear.LinearSGDModel on 540 rows')
assert log =~ /subsetAccuracy\s+0\.\d{4} \(/
assert log =~ /All 7 rules met; /
assert new File(report, 'index.html').text.contains('Errors per label')
return true
