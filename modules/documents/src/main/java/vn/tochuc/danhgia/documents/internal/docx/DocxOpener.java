package vn.tochuc.danhgia.documents.internal.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import vn.tochuc.danhgia.kernel.AppException;

/** Opens checked bytes with POI and makes sure the package is a Word document, not a workbook or a deck. */
final class DocxOpener {

    private static final Logger LOG = Logger.getLogger(DocxOpener.class.getName());
    private static final Set<String> WORD_TYPES = Set.of(
            XWPFRelation.DOCUMENT.getContentType(), XWPFRelation.TEMPLATE.getContentType(),
            XWPFRelation.MACRO_DOCUMENT.getContentType(), XWPFRelation.MACRO_TEMPLATE_DOCUMENT.getContentType());

    private DocxOpener() {}

    /** The document; the caller reverts its package when done (nothing is ever written back). */
    static XWPFDocument open(byte[] docx) {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(docx));
            requireWordDocument(pkg);
            return new XWPFDocument(pkg);
        } catch (AppException e) {
            revert(pkg);
            throw e;
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            revert(pkg);
            LOG.log(Level.FINE, "Zip is not an Office package", e);
            throw DocxErrors.notWord();
        } catch (IOException | RuntimeException e) {
            // POI reports damaged XML and parts through IOException, POIXMLException and other runtime exceptions.
            revert(pkg);
            LOG.log(Level.FINE, "Cannot read the .docx", e);
            String message = String.valueOf(e.getMessage());
            throw message.contains("Zip bomb") ? DocxErrors.zipBomb() : DocxErrors.corrupt();
        }
    }

    private static void requireWordDocument(OPCPackage pkg) {
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty()) {
            throw DocxErrors.notWord();
        }
        PackagePart part = pkg.getPart(main.getRelationship(0));
        if (part == null || !WORD_TYPES.contains(part.getContentType())) {
            throw DocxErrors.notWord();
        }
    }

    static void revert(OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert();
        }
    }
}
