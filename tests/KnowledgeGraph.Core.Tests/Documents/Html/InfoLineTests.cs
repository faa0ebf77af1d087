using KnowledgeGraph.Core.Documents.Html;

namespace KnowledgeGraph.Core.Tests.Documents.Html;

public class InfoLineTests
{
    [Fact]
    public void AnInfoLineIsReadIntoItsLabelledValuesWithoutThePageControls()
    {
        var fields = InfoLine.Parse("发布时间：2023-06-12 09:30 来源：长春市政协办公室 作者：王晓明 【字号：大 中 小】 打印本页");

        Assert.Equal(
            [
                new InfoField(InfoKind.Date, "发布时间", "2023-06-12 09:30"),
                new InfoField(InfoKind.Source, "来源", "长春市政协办公室"),
                new InfoField(InfoKind.Author, "作者", "王晓明"),
            ],
            fields);
    }

    [Theory]
    [InlineData("2023-06-12 10:21 来源：人民政协网", "Date", "2023-06-12")]
    [InlineData("来 源：政协日报　　发布日期：2023年6月12日", "Source", "政协日报")]
    [InlineData("时间:2023-06-12 10:12来源:丰县政协 作者:李明 点击:次", "Source", "丰县政协")]
    [InlineData("作者：　　发布日期：2023-6-12　　来源：通化市政协", "Date", "2023-6-12")]
    [InlineData("（来源：人民政协报）", "Source", "人民政协报")]
    [InlineData("责任编辑：孙悦", "Editor", "孙悦")]
    [InlineData("浏览次数：1024", "Counter", "1024")]
    public void CommonShapesOfTheLineAreRead(string line, string kind, string valueStart)
    {
        var fields = InfoLine.Parse(line);

        Assert.NotNull(fields);
        Assert.Contains(fields, field => field.Kind == Enum.Parse<InfoKind>(kind) && field.Value.StartsWith(valueStart, StringComparison.Ordinal));
    }

    [Fact]
    public void AnEmptyValueLeavesTheNextLabelItsOwn()
    {
        var fields = InfoLine.Parse("作者：　　发布日期：2023-6-12　　来源：通化市政协");

        Assert.Equal(["作者", "发布日期", "来源"], fields!.Select(field => field.Label));
        Assert.Equal("", fields![0].Value);
    }

    [Fact]
    public void ABylineWithoutColonsIsAnInfoLineThatNewspapersPrintAsText()
    {
        const string line = "记者 周立 通讯员 沈悦";
        var fields = InfoLine.Parse(line);

        Assert.Equal([new InfoField(InfoKind.Role, "记者", "周立"), new InfoField(InfoKind.Role, "通讯员", "沈悦")], fields);
        Assert.True(InfoLine.IsByline(line, fields!));
        Assert.False(InfoLine.IsByline("作者：王晓明", InfoLine.Parse("作者：王晓明")!));
    }

    [Theory]
    [InlineData("会议指出，来源：各地报送的材料显示，民营企业发展态势良好。")]
    [InlineData("时间：上午九时 地点：市政协三楼会议室")]
    [InlineData("新华社记者张三摄")]
    [InlineData("市政协召开九届三次会议")]
    [InlineData("2023年是全面贯彻党的二十大精神的开局之年")]
    public void SentencesTitlesAndNoticesAreNotInfoLines(string line)
    {
        Assert.Null(InfoLine.Parse(line));
    }

    [Theory]
    [InlineData("2023-06-12T09:30:00+08:00", "2023-06-12")]
    [InlineData("2023年6月12日 星期一", "2023年6月12日")]
    [InlineData("2023/6/12", "2023/6/12")]
    [InlineData("二〇二三年六月十二日", "二〇二三年六月十二日")]
    [InlineData("2023-13-12", null)]
    [InlineData("第2023号", null)]
    public void DatesAreTakenAsWrittenWithoutTheTime(string text, string? date)
    {
        Assert.Equal(date, InfoLine.DateAtStart(text));
    }
}
