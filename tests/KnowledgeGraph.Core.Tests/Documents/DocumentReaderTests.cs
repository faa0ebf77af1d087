using KnowledgeGraph.Core.Documents;

namespace KnowledgeGraph.Core.Tests.Documents;

public class DocumentReaderTests
{
    private static readonly byte[] PngStart =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5C, 0x72, 0xA8,
    ];

    [Fact]
    public void AnEmptyFileIsReportedAsEmpty()
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty.txt", []);

        Assert.Equal(new LoadFailure(path, "empty file"), new DocumentReader().TryLoad(path));
    }

    [Fact]
    public void AFileOfWhitespaceIsReportedAsHavingNoText()
    {
        using var folder = new TempFolder();
        var path = folder.Write("blank.txt", " \r\n\u3000\n");

        Assert.Equal(new LoadFailure(path, "no text found in the txt file"), new DocumentReader().TryLoad(path));
    }

    [Fact]
    public void RandomBytesWithNulsAreReportedAsBinary()
    {
        using var folder = new TempFolder();
        var bytes = new byte[4096];
        new Random(20240115).NextBytes(bytes);
        bytes[100] = 0;
        var path = folder.Write("data.txt", bytes);

        var failure = Assert.IsType<LoadFailure>(new DocumentReader().TryLoad(path));

        Assert.Equal(path, failure.Path);
        Assert.StartsWith("binary file", failure.Reason);
    }

    [Fact]
    public void AnImageRenamedToTxtIsReportedAsBinary()
    {
        using var folder = new TempFolder();
        var path = folder.Write("photo.txt", PngStart);

        var failure = Assert.IsType<LoadFailure>(new DocumentReader().TryLoad(path));

        Assert.Equal(path, failure.Path);
        Assert.StartsWith("binary file", failure.Reason);
    }

    [Fact]
    public void ATruncatedPdfIsReportedAsCorrupt()
    {
        using var folder = new TempFolder();
        var pdf = SampleFiles.LatinPdf();
        var path = folder.Write("report.pdf", pdf[..(pdf.Length / 2)]);

        var failure = Assert.IsType<LoadFailure>(new DocumentReader().TryLoad(path));

        Assert.Equal(path, failure.Path);
        Assert.StartsWith("corrupt or unreadable PDF: ", failure.Reason);
    }

    [Fact]
    public void ATruncatedWordDocumentIsReportedAsCorrupt()
    {
        using var folder = new TempFolder();
        var docx = SampleFiles.ChineseDocx();
        var path = folder.Write("report.docx", docx[..(docx.Length / 2)]);

        var failure = Assert.IsType<LoadFailure>(new DocumentReader().TryLoad(path));

        Assert.Equal(path, failure.Path);
        Assert.StartsWith("corrupt or unreadable docx: ", failure.Reason);
    }

    [Fact]
    public void AWebPageSavedAsPdfIsReportedAsNotAPdf()
    {
        using var folder = new TempFolder();
        var path = folder.Write("report.pdf", "<html><body>404 页面不存在</body></html>");

        var failure = Assert.IsType<LoadFailure>(new DocumentReader().TryLoad(path));

        Assert.StartsWith("corrupt or unreadable PDF: ", failure.Reason);
    }

    [Fact]
    public void AMissingFileIsReportedAsNotFound()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "missing.txt");

        Assert.Equal(new LoadFailure(path, "file not found"), new DocumentReader().TryLoad(path));
    }

    [Fact]
    public void AnUnsupportedExtensionIsReportedWithTheExtension()
    {
        using var folder = new TempFolder();
        var path = folder.Write("minutes.rtf", @"{\rtf1 政协会议纪要}");

        Assert.Equal(new LoadFailure(path, "unsupported extension '.rtf'"), new DocumentReader().TryLoad(path));
    }

    [Fact]
    public void AFolderPassedAsAFileIsReportedAsAFolder()
    {
        using var folder = new TempFolder();

        Assert.Equal(new LoadFailure(folder.Path, "is a folder, not a file"), new DocumentReader().TryLoad(folder.Path));
    }

    [Fact]
    public void ExtensionsAreMatchedWhateverTheirCase()
    {
        using var folder = new TempFolder();
        var path = folder.Write("REPORT.TXT", Samples.SeedOpening);

        Assert.Equal(new LoadedDocument(path, Samples.SeedOpening, "txt", TextDecoding.Utf8), new DocumentReader().TryLoad(path));
    }

    [Fact]
    public void LoadAllReadsAFolderRecursivelyInPathOrderAndGoesOnPastFailures()
    {
        using var folder = new TempFolder();
        var docx = SampleFiles.ChineseDocx();
        folder.Write("f-minutes.rtf", "{\\rtf1 纪要}");
        folder.Write("e-report.pdf", SampleFiles.LatinPdf());
        folder.Write("d/truncated.docx", docx[..(docx.Length / 2)]);
        folder.Write("d/report.docx", docx);
        folder.Write("c-photo.txt", PngStart);
        folder.Write("b-empty.txt", []);
        folder.Write("a-seed.txt", Samples.SeedOpening);
        folder.Write(".hidden.txt", "隐藏文件");
        var missing = Path.Combine(folder.Path, "missing.md");
        var single = folder.Write("z/single.md", "# 单独列出的文件");

        var results = new DocumentReader().LoadAll([Path.Combine(folder.Path, "d"), missing, folder.Path, single]).ToList();

        string[] expected =
        [
            "d/report.docx: docx",
            "d/truncated.docx: failed (corrupt or unreadable docx)",
            "missing.md: failed (file not found)",
            "a-seed.txt: txt",
            "b-empty.txt: failed (empty file)",
            "c-photo.txt: failed (binary file (NUL bytes in text that is not UTF-16))",
            "d/report.docx: docx",
            "d/truncated.docx: failed (corrupt or unreadable docx)",
            "e-report.pdf: pdf",
            "f-minutes.rtf: failed (unsupported extension '.rtf')",
            "z/single.md: md",
            "z/single.md: md",
        ];
        Assert.Equal(expected, results.Select(result => Describe(result, folder.Path)));
        Assert.Equal(Samples.SeedOpening, Assert.IsType<LoadedDocument>(results[3]).Text);
    }

    [Fact]
    public void LoadAllOfAnEmptyListLoadsNothing()
    {
        Assert.Empty(new DocumentReader().LoadAll([]));
    }

    private static string Describe(LoadResult result, string root)
    {
        var path = Path.GetRelativePath(root, result.Path).Replace('\\', '/');
        return result switch
        {
            LoadedDocument document => $"{path}: {document.Format}",
            LoadFailure failure => $"{path}: failed ({failure.Reason.Split(": ")[0]})",
            _ => throw new ArgumentOutOfRangeException(nameof(result)),
        };
    }
}
