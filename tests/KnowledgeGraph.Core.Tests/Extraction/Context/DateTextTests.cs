using KnowledgeGraph.Core.Extraction.Context;

namespace KnowledgeGraph.Core.Tests.Extraction.Context;

public class DateTextTests
{
    [Theory]
    [InlineData("2026-02-11", "2026-02-11")]
    [InlineData("2026/2/5", "2026-02-05")]
    [InlineData("2023.06.12", "2023-06-12")]
    [InlineData("2026-02-09 09:45:30", "2026-02-09")]
    [InlineData("2026年2月5日", "2026-02-05")]
    [InlineData("2023年01月11日 15:08:34", "2023-01-11")]
    [InlineData("2026年02月10日 07时41分", "2026-02-10")]
    [InlineData("二〇二六年一月二十八日", "2026-01-28")]
    [InlineData("二〇二五年十二月三十一日", "2025-12-31")]
    [InlineData("二OO九年二月十六日", "2009-02-16")]
    [InlineData("二0一一年三月五日", "2011-03-05")]
    [InlineData("发布时间：2025-07-10 余杭政协", "2025-07-10")]
    [InlineData("（2014年1月16日在政协湖北省第十一届委员会第二次会议上）", "2014-01-16")]
    public void Every_written_form_of_a_full_date_reads_as_ISO(string text, string iso)
    {
        Assert.Equal(iso, DateText.Parse(text));
    }

    [Theory]
    [InlineData("2026年2月")]
    [InlineData("2月5日")]
    [InlineData("2026年2月30日")]
    [InlineData("电话 0771-8802228")]
    [InlineData("")]
    public void A_partial_or_impossible_date_is_none(string text)
    {
        Assert.Null(DateText.Parse(text));
    }
}
