package dk.taktstok.io;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.store.ReadResult;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.testing.BadFiles;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading never reaches out to the network: workbooks that link to other workbooks, declare external
 * entities or DTDs, or point their parts at a web address are read (or refused) without a single
 * connection to that address. The address is a server on this machine that counts who connects.
 */
class NoNetworkTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    @TempDir
    Path folder;

    private ServerSocket server;
    private Thread acceptor;
    private final AtomicInteger connections = new AtomicInteger();
    private String url;

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        server.setSoTimeout(200);
        url = "http://127.0.0.1:" + server.getLocalPort();
        acceptor = Thread.ofPlatform().daemon().start(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    connections.incrementAndGet();
                } catch (SocketTimeoutException e) {
                    // keep listening
                } catch (SocketException e) {
                    return; // closed
                } catch (IOException e) {
                    connections.incrementAndGet();
                }
            }
        });
    }

    @AfterEach
    void close() throws Exception {
        server.close();
        acceptor.join(2000);
    }

    private Map<String, String> workbook() {
        return new LinkedHashMap<>(BadFiles.MINIMAL_XLSX);
    }

    private static String sheet(String prolog, String cellText) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + prolog + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + cellText + "</t></is></c></row>"
                + "</sheetData></worksheet>";
    }

    private void readsWithoutConnecting(Path file) throws InterruptedException {
        ReadResult result = StudyFiles.standard().read(file);
        assertThat(result.study() != null || !result.problems().isEmpty()).isTrue();
        Thread.sleep(50);
        assertThat(connections.get()).as("connections to %s while reading %s: %s", url, file.getFileName(),
                result.problems()).isZero();
    }

    @Test
    void theCountingServerSeesAConnectionWhenThereIsOne() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            assertThat(socket.isConnected()).isTrue();
        }
        for (int i = 0; i < 50 && connections.get() == 0; i++) {
            Thread.sleep(20);
        }
        assertThat(connections.get()).isEqualTo(1);
    }

    @Test
    void aWorkbookLinkingToAWorkbookOnTheWebIsReadWithoutFetchingIt() throws Exception {
        Map<String, String> parts = workbook();
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + RELS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + DOC + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + DOC + "/externalLink\" Target=\"externalLinks/externalLink1.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + DOC + "/sharedStrings\" Target=\"" + url + "/strings.xml\" TargetMode=\"External\"/>"
                + "<Relationship Id=\"rId4\" Type=\"" + DOC + "/styles\" Target=\"" + url + "/styles.xml\" TargetMode=\"External\"/>"
                + "</Relationships>");
        parts.put("xl/externalLinks/externalLink1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<externalLink xmlns=\"" + MAIN + "\"><externalBook xmlns:r=\"" + DOC + "\" r:id=\"rId1\"/></externalLink>");
        parts.put("xl/externalLinks/_rels/externalLink1.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId1\" Type=\"" + DOC
                + "/externalLinkPath\" Target=\"" + url + "/other.xlsx\" TargetMode=\"External\"/></Relationships>");
        parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\"><f>[1]Data!A1</f><v>42</v></c></row></sheetData>"
                + "<hyperlinks><hyperlink ref=\"A1\" xmlns:r=\"" + DOC + "\" r:id=\"rId9\"/></hyperlinks></worksheet>");
        parts.put("xl/worksheets/_rels/sheet1.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId9\" Type=\"" + DOC
                + "/hyperlink\" Target=\"" + url + "/page\" TargetMode=\"External\"/></Relationships>");

        readsWithoutConnecting(BadFiles.zip(folder.resolve("linked.xlsx"), parts));
    }

    @Test
    void aSheetThatLivesOnTheWebIsNotFetched() throws Exception {
        Map<String, String> parts = workbook();
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + RELS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + DOC + "/worksheet\" Target=\"" + url + "/sheet1.xml\" TargetMode=\"External\"/>"
                + "</Relationships>");

        readsWithoutConnecting(BadFiles.zip(folder.resolve("remote-sheet.xlsx"), parts));
    }

    @Test
    void externalEntitiesAndDtdsInAnyPartAreNotFetched() throws Exception {
        String entity = "<!DOCTYPE worksheet [<!ENTITY e SYSTEM \"" + url + "/entity\">]>";
        String dtd = "<!DOCTYPE worksheet SYSTEM \"" + url + "/dtd\">";
        String parameter = "<!DOCTYPE worksheet [<!ENTITY % p SYSTEM \"" + url + "/parameter\"> %p;]>";
        int n = 0;
        for (String prolog : new String[] {entity, dtd, parameter}) {
            for (String part : new String[] {"xl/worksheets/sheet1.xml", "xl/workbook.xml", "[Content_Types].xml",
                "_rels/.rels", "xl/_rels/workbook.xml.rels"}) {
                Map<String, String> parts = workbook();
                parts.put("xl/worksheets/sheet1.xml", sheet("", "Som regel"));
                String original = parts.get(part);
                String withProlog = original.startsWith("<?xml")
                        ? original.replaceFirst("\\?>", "?>" + prolog) : prolog + original;
                parts.put(part, part.endsWith("sheet1.xml") ? sheet(prolog, "&e;") : withProlog);
                readsWithoutConnecting(BadFiles.zip(folder.resolve("entity" + n++ + ".xlsx"), parts));
            }
        }
    }

    @Test
    void anXmlFileWithAnExternalEntityIsNotFetched() throws Exception {
        Path file = Files.writeString(folder.resolve("data.xml"), "<?xml version=\"1.0\"?><!DOCTYPE x SYSTEM \""
                + url + "/dtd\"><x>&e;</x>");

        readsWithoutConnecting(file);
    }

    @Test
    void aStudyFileNamingASchemaOnTheWebIsReadWithoutFetchingIt() throws Exception {
        Path file = Files.writeString(folder.resolve("study.json"), "{\"$schema\": \"" + url + "/schema.json\","
                + " \"format\": \"taktstok-study\", \"version\": 2, \"metadata\": {\"title\": \"t\"},"
                + " \"scales\": [], \"tables\": []}");

        readsWithoutConnecting(file);
    }

    @Test
    void theCorpusWorkbooksWithExternalLinksAreReadWithoutAConnection() throws Exception {
        Path corpus = Path.of(getClass().getResource("corpus/README.md").toURI()).getParent();
        for (String name : new String[] {"link-external-workbook-a.xlsx", "link-external-workbook-b.xlsx",
            "ex45978-extraLinkTableSheets.xls", "externalFunctionExample.xls", "poc-xmlbomb.xlsx", "54764.xlsx"}) {
            readsWithoutConnecting(corpus.resolve(name));
        }
    }
}
