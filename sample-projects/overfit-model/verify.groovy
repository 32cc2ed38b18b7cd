// Integration check: the overfit tree is diagnosed as high variance, its noise column has an importance interval
// around 0, the gate fails on accuracy and generalizationGap, and the report says why first.
def log = new File(basedir, 'build.log').text
assert log.contains('Rule violated for MODEL: generalizationGap is')
assert log.contains('Rule violated for MODEL: accuracy is')
assert log.contains('Check diagnostics.fit warns: High variance:')
assert log.contains('fit: high variance (errorRate training ')
assert log.contains('Why: The gate failed on 2 rules.')
assert log.contains('Model quality gate failed')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ml-report/report.json'))
assert json.verdict == 'fail'
// Bias and variance: the training rows are scored by the same model.
assert json.fit.diagnosis == 'high variance'
assert json.fit.trainingRows == 1200
assert json.fit.trainingError < 0.1 && json.fit.validationError > 0.25
assert json.fit.gapInterval.lower > 0
assert json.metrics.generalizationGap == json.fit.gap
assert json.checks.find { it.id == 'diagnostics.fit' }.status == 'warn'
// Permutation importance: the pump's serial number is noise, and its interval says so.
assert json.importance.method == 'permutation'
assert json.importance.metrics == ['accuracy']
def noise = json.importance.features.find { it.column == 'serial_noise' }.scores.accuracy
assert noise.lower <= 0 && noise.upper >= 0
def temperature = json.importance.features.find { it.column == 'temperature' }.scores.accuracy
assert temperature.lower > 0
assert json.importance.model.outputs.ALL_OUTPUTS*.feature.contains('serial_noise') // the tree splits on noise
// Why the gate failed, by class.
assert json.whyFailed.rules.size() == 2
assert json.whyFailed.rules[0].classes*.name.containsAll(['yes', 'no'])

def html = new File(basedir, 'target/ml-report/index.html').text
assert html.indexOf('<section id="why"') < html.indexOf('<section id="headline"')
assert html.contains('<section id="diagnostics">') && html.contains('class="bars importance"')
def summary = new File(basedir, 'target/ml-report/summary.md').text
assert summary.contains('### Why the gate failed') && summary.contains('**Fit** (high variance)')
return true
