// Integration check: regression from a predictions file, residual analysis and the planted weak slice.
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ml-report/report.json'))
assert json.verdict == 'pass'
assert json.task == 'regression'
assert json.data.rows == 4000
['mse', 'rmse', 'mae', 'r2', 'medianAbsoluteError', 'maxError', 'mape', 'explainedVariance'].each {
    assert json.metrics[it] != null : "metric $it is missing"
}
assert json.intervals.mae.lower < json.metrics.mae && json.metrics.mae < json.intervals.mae.upper
// The lost orders are the largest residuals, named by order id.
assert json.errors.largestResiduals.size() == 20
assert json.errors.largestResiduals[0].residual > 60
assert json.errors.largestResiduals[0].id.startsWith('O')
assert json.errors.residualQuantiles.exact == true
// Vans in Nice: found without configuration.
assert json.slices.find { it.discovered }.description == 'city = nice and vehicle = van'
assert json.slices.find { it.name == 'city=nice' }.metrics.mae > json.metrics.mae
return true
