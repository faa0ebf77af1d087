using KnowledgeGraph.Core.Answers;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Answers;

public class CityActivityAnswererTests
{
    [Fact]
    public void The_figures_of_an_activity_are_its_main_one_then_those_of_its_metrics_text()
    {
        var activity = new Node("activity:x", "Activity", "助力民营经济健康发展")
        {
            Properties = new Dictionary<string, object>
            {
                ["value"] = 603L,
                ["unit"] = "家",
                ["object"] = "民营企业",
                ["metrics"] = "收集各类问题建议1648条；已成功协调解决33个",
            },
        };

        var metrics = CityActivityAnswerer.MetricsOf(activity);

        Assert.Equal(
            [new ActivityMetric(603, "家", "民营企业"), new ActivityMetric(1648, "条", "收集各类问题建议"), new ActivityMetric(33, "个", "已成功协调解决")],
            metrics);
    }

    [Fact]
    public void An_activity_without_figures_has_none()
    {
        Assert.Empty(CityActivityAnswerer.MetricsOf(new Node("activity:y", "Activity", "政企圆桌会")));
    }
}
