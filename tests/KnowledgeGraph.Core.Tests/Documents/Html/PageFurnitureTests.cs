using KnowledgeGraph.Core.Documents.Html;

namespace KnowledgeGraph.Core.Tests.Documents.Html;

public class PageFurnitureTests
{
    [Theory]
    [InlineData("相关新闻")]
    [InlineData("■相关新闻")]
    [InlineData("【相关阅读】")]
    [InlineData("相关新闻 更多>>")]
    [InlineData("热点推荐　MORE »")]
    [InlineData("More› 友情链接")]
    [InlineData("相关 新闻")]
    [InlineData("▶ 评论（）")]
    [InlineData("\t排行榜\u00a0|\r\n")]
    public void AListHeadingIsReadThroughItsBulletsBracketsAndMoreLinks(string line) =>
        Assert.True(PageFurniture.IsFurnitureHeading(line));

    [Theory]
    [InlineData("")]
    [InlineData("更多>>")]
    [InlineData("【】 ■ more")]
    [InlineData("相关新闻报道")]
    [InlineData("市政协召开新闻发布会介绍相关新闻线索征集情况")]
    [InlineData("评论员")]
    [InlineData("相关新闻：市政协十六届三次常委会议召开")]
    public void ALineThatSaysMoreThanAHeadingIsNotOne(string line) =>
        Assert.False(PageFurniture.IsFurnitureHeading(line));
}
