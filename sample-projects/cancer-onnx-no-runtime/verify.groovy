// Integration check: without ONNX Runtime the build stops with one sentence that names the dependency to add, and
// no stack trace of a missing class.
def log = new File(basedir, 'build.log').text
assert log.contains('is an ONNX model, and ONNX Runtime is not on the plugin\'s classpath; add it to the plugin\'s ' +
        'dependencies in your POM (inside <plugin> for ml-maven-plugin: <dependencies><dependency><groupId>' +
        'com.microsoft.onnxruntime</groupId><artifactId>onnxruntime</artifactId><version>1.20.0</version>' +
        '</dependency></dependencies>).')
assert !log.contains('NoClassDefFoundError')
assert !log.contains('ClassNotFoundException')
assert !new File(basedir, 'target/ml-report/report.json').exists()
return true
