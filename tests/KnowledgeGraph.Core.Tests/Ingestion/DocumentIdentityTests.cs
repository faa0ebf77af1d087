using KnowledgeGraph.Core.Ingestion;

namespace KnowledgeGraph.Core.Tests.Ingestion;

public class DocumentIdentityTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "kg-identity-clone");
    private static readonly DocumentIdentity Identity = DocumentIdentity.ForDataFolder(Path.Combine(Root, "data"));

    [Fact]
    public void A_file_on_disk_is_known_by_its_path_relative_to_the_folder_holding_the_data_folder()
    {
        var seed = Identity.ForPath(Path.Combine(Root, "seeds", "000_dab71682d7b0d12b.txt"));
        var elsewhere = DocumentIdentity.ForDataFolder(Path.Combine(Path.GetTempPath(), "another-clone", "data"))
            .ForPath(Path.Combine(Path.GetTempPath(), "another-clone", "seeds", "000_dab71682d7b0d12b.txt"));

        // SHA-256 of "seeds/000_dab71682d7b0d12b.txt", as every clone has had it.
        Assert.Equal(new DocumentFile("doc:bd84d9ff7c9051fd", Path.Combine(Root, "seeds", "000_dab71682d7b0d12b.txt"), DocumentKind.File), seed);
        Assert.Equal(seed.Id, elsewhere.Id);
    }

    [Fact]
    public void A_file_in_an_uploads_folder_named_by_an_id_is_that_upload()
    {
        var id = Identity.UploadId("3f5a", _ => false);
        var stored = Identity.UploadPath(id, "报告.pdf");

        var found = Identity.ForPath(stored);
        var notAnUpload = Identity.ForPath(Path.Combine(Root, "data", "uploads", "报告.pdf"));

        Assert.Equal(new DocumentFile(id, stored, DocumentKind.Upload), found);
        Assert.Equal(DocumentKind.File, notAnUpload.Kind);
    }

    [Fact]
    public void An_upload_id_comes_from_the_text_and_steps_aside_when_taken()
    {
        var first = Identity.UploadId("3f5a", _ => false);
        var again = Identity.UploadId("3f5a", _ => false);
        var other = Identity.UploadId("9c01", _ => false);
        var next = Identity.UploadId("3f5a", id => id == first);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.NotEqual(first, next);
        Assert.Matches("^doc:[0-9a-f]{16}$", next);
    }

    [Fact]
    public void Only_document_ids_name_upload_folders()
    {
        Assert.Throws<ArgumentException>(() => Identity.UploadFolder("doc:../../etc"));
        Assert.Throws<ArgumentException>(() => Identity.UploadFolder("person:戚寿余"));
    }
}
