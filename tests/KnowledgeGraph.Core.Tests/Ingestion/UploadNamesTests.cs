using System.Text;
using KnowledgeGraph.Core.Ingestion;

namespace KnowledgeGraph.Core.Tests.Ingestion;

public class UploadNamesTests
{
    [Theory]
    [InlineData("报告.pdf", "报告.pdf")]
    [InlineData("../../etc/passwd.txt", "passwd.txt")]
    [InlineData(@"C:\Users\王\Desktop\2024年工作报告.docx", "2024年工作报告.docx")]
    [InlineData(".hidden.txt", "hidden.txt")]
    [InlineData("  会议纪要 (定稿).md  ", "会议纪要 (定稿).md")]
    [InlineData("a<b>:c?.txt", "a_b__c_.txt")]
    [InlineData("tab\there.txt", "tab_here.txt")]
    public void A_clients_name_keeps_its_last_part_and_loses_what_file_systems_refuse(string sent, string kept)
    {
        Assert.Equal(kept, UploadNames.Clean(sent));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("../")]
    [InlineData("...")]
    public void A_name_with_nothing_left_is_none(string? sent)
    {
        Assert.Null(UploadNames.Clean(sent));
    }

    [Fact]
    public void A_long_name_is_shortened_to_200_bytes_keeping_its_extension()
    {
        var cleaned = UploadNames.Clean(new string('政', 150) + ".docx");

        Assert.NotNull(cleaned);
        Assert.EndsWith("政.docx", cleaned, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(cleaned) <= 200);
    }
}
