using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Tests;

// The process-wide bound reaches source-generated expressions: a pattern of the shape on which .NET 10's generator
// loops (ActivityFinder's clause pattern before review rv14b's fix: an optional
// time word, then a negative lookahead inside a lazy loop) throws instead of never returning.
// Pattern and sentence written for this test.
public partial class RegexTimeoutsTests
{
    [Fact]
    public void The_default_bound_is_installed_before_any_test_runs()
    {
        Assert.IsType<TimeSpan>(AppContext.GetData("REGEX_DEFAULT_MATCH_TIMEOUT"));
    }

    [Fact]
    public async Task A_generated_matcher_that_loops_throws_a_timeout()
    {
        var matching = Task.Run(() => Looping().IsMatch("一年来共开展专题调研11次，视察7次。"));
        var finished = await Task.WhenAny(matching, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.Same(matching, finished);
        await Assert.ThrowsAsync<RegexMatchTimeoutException>(() => matching);
    }

    [GeneratedRegex(@"^(?:(?:今年|去年|上半年|下半年|近年来|近年|一年来|\d{4}年)(?:以来)?)?(?!政协|深入|走进|走访|组织|邀请|联合|会同|协助|协调|推动|帮助|助力|服务|为|对|向|与|同|和|在|到|赴|围绕|聚焦|针对|面向|联系|依托|通过|结合)(?:该市|该县|该区|该镇|全市|全县|全区|全镇|全省|(?:(?!组织|邀请|带领|动员|引导|发动|号召|协调|推动|联合|会同|深入|走进|走访|帮助)[^，,；;。：:、“”\s]){0,10}?(?:政府|人大|人大常委会|局|厅|部门|法院|检察院|企业|公司|集团|市委|县委|区委|党委|组织部|宣传部|统战部|办公室|单位))(?:等|共|累计|全年|先后|已|均|今年|去年)*(?:开展|举办|组织|召开|接待|办理|走访|完成|实施|落实|新增|培训|举行|承办|帮扶|投入|建成|引进|签约|服务|发放)")]
    private static partial Regex Looping();
}
