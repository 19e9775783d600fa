// After the build of docs/plugin-template (maven-invoker-plugin, see ../../pom.xml). The template's own tests
// passed, else the build failed before this script runs; here the JAR it made and installed is checked the way the
// host will read it. Variables: templateDir (the copied template), localRepositoryPath (target/it-repo),
// criteriaSpiRelease (the release this build made).
import java.util.jar.JarFile
import javax.xml.parsers.DocumentBuilderFactory
import javax.xml.xpath.XPathFactory

def fail = { String message -> throw new AssertionError('docs/plugin-template: ' + message) }
def xpath = XPathFactory.newInstance().newXPath()
def parse = { File file -> DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file) }

def pom = parse(new File(templateDir, 'pom.xml'))
def value = { String path -> xpath.evaluate(path, pom).trim() }
if (xpath.evaluate('count(/project/parent)', pom) != '0') {
    fail('the standalone pom must have no <parent>')
}
String declaredRelease = value('/project/properties/criteria.spi.release')
if (declaredRelease != criteriaSpiRelease) {
    fail("criteria.spi.release is ${declaredRelease}, but this build releases ${criteriaSpiRelease}: update it")
}

String groupId = value('/project/groupId')
String artifactId = value('/project/artifactId')
String version = value('/project/version')
String id = value('/project/properties/plugin.id').replace('${project.artifactId}', artifactId)
File jar = new File(templateDir, "target/${id}-${version}.jar")
if (!jar.isFile()) {
    fail("no ${jar.name} in target/")
}

new JarFile(jar).withCloseable { JarFile file ->
    def main = file.manifest?.mainAttributes
    def expected = ['Plugin-Id'         : id,
                    'Plugin-Version'    : version,
                    'Plugin-Spi-Version': value('/project/properties/plugin.spi.version'),
                    'Plugin-Name'       : value('/project/name')]
    expected.each { String entry, String wanted ->
        String actual = main?.getValue(entry)
        if (actual != wanted) {
            fail("manifest entry ${entry} is ${actual}, expected ${wanted}")
        }
    }
    if (file.getEntry('META-INF/services/vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory') == null) {
        fail('the JAR has no META-INF/services file for CriteriaPluginFactory')
    }
    def names = file.entries().toList()*.name
    // Scope provided: a bundled copy of the SPI would define a second CriteriaPluginFactory the host cannot see.
    def host = ['spi', 'check', 'testkit'].collect { "vn/tochuc/danhgia/criteria/${it}/".toString() }
    def bundled = names.findAll { String name -> host.any { name.startsWith(it) } }
    if (bundled) {
        fail("the JAR bundles classes of the SPI, the check library or the test kit: ${bundled.take(3)}")
    }
    // The host supplies the SPI only: the plugin's helpers must travel inside its JAR, without their META-INF.
    ['CriteriaPlugins', 'TopicRule', 'Keywords'].each { String helper ->
        if (!names.contains("vn/tochuc/danhgia/criteria/support/${helper}.class".toString())) {
            fail("the JAR does not carry criteria-support's ${helper}: the host would not find it")
        }
    }
    if (names.any { it.startsWith('META-INF/maven/vn.tochuc.danhgia/criteria-support/') }) {
        fail('the JAR carries the META-INF of criteria-support')
    }
}

File installed = new File(localRepositoryPath,
        "${groupId.replace('.', '/')}/${artifactId}/${version}/${artifactId}-${version}.jar")
if (!installed.isFile()) {
    fail("not installed: ${installed}")
}

// What the Board's IT hands out must resolve on its own: released POMs without the SNAPSHOT danhgia-parent.
['criteria-spi', 'criteria-check', 'criteria-support', 'criteria-testkit'].each { String artifact ->
    File released = new File(localRepositoryPath,
            "vn/tochuc/danhgia/${artifact}/${criteriaSpiRelease}/${artifact}-${criteriaSpiRelease}.pom")
    if (!released.isFile()) {
        fail("${artifact} ${criteriaSpiRelease} is not in the test repository")
    }
    if (xpath.evaluate('count(/project/parent)', parse(released)) != '0') {
        fail("${released.name} has a <parent>: an agency could not resolve it")
    }
}
return true
