using System.Globalization;
using KnowledgeGraph.Core.Answers;

namespace KnowledgeGraph.Api.Apis;

/// <summary>
/// The answer in one sentence, in the language of the questions, so that a reader sees at once
/// what the graph says, and says so when it records nothing.
/// </summary>
internal static class AskSummaries
{
    private const int Named = 5;

    public static string Cities(CitiesAnswer answer) => answer.Items.Count == 0
        ? "图谱中没有记录开展这类活动的城市。"
        : $"{answer.Items.Count}个城市：{List(answer.Items.Select(c => $"{c.City}（{c.Activities.Count}项）"))}。";

    public static string Actors(ActorsView actors, QuestionReading reading)
    {
        var what = What(reading);
        if (actors.Items.Count > 0)
        {
            return $"{actors.Items.Count}个{Who(reading)}{what}：{List(actors.Items.Select(a => $"{a.Name}（{a.Activities.Count}项）"))}。";
        }

        var none = $"图谱中没有记录{Who(reading)}{what}";
        return actors.Others.Count > 0
            ? $"{none}；记录了{actors.Others.Count}个政协或机构{what}：{List(actors.Others.Select(a => $"{a.Name}（{a.Activities.Count}项）"))}。"
            : none + "。";
    }

    public static string Activities(IReadOnlyList<ActivityView> activities, QuestionReading reading) => activities.Count == 0
        ? $"图谱中没有{reading.Entity!.Name}{Year(reading.Year)}{Topic(reading.Topic)}的{reading.Activity ?? ""}活动记录。"
        : $"{reading.Entity!.Name}{Year(reading.Year)}{Topic(reading.Topic)}的{reading.Activity ?? ""}活动{activities.Count}项：{List(activities.Select(ActivityText))}。";

    public static string Awards(IReadOnlyList<AwardView> awards, QuestionReading reading)
    {
        var whose = reading.Entity is null ? "" : reading.Entity.Name;
        if (awards.Count == 0)
        {
            return reading.Entity is null
                ? $"图谱中没有{Year(reading.Year)}的获奖记录。"
                : $"图谱中没有{whose}{Year(reading.Year)}的获奖记录（包括它运行的品牌和所属机构）。";
        }

        return $"{whose}{Year(reading.Year)}获奖{awards.Count}项：{List(awards.Select(a => a.Holder.Name == reading.Entity?.Name || reading.Entity is null ? $"{a.Name}（{a.Holder.Name}）" : $"{a.Name}（通过{a.Holder.Name}）"))}。";
    }

    public static string Roles(IReadOnlyList<RoleView> roles, QuestionReading reading)
    {
        if (reading.Entity?.Label == "Person")
        {
            return roles.Count == 0
                ? $"图谱中没有{reading.Entity.Name}的职务记录。"
                : $"{reading.Entity.Name}：{List(roles.Select(r => r.Organization is null ? r.Role : $"{r.Organization.Name}{r.Role}"))}。";
        }

        var where = reading.Entity?.Name ?? "";
        var role = reading.Role ?? "负责人";
        return roles.Count == 0
            ? $"图谱中没有记录{where}的{role}。"
            : $"{where}{(where.Length > 0 ? "的" : "")}{role}：{List(roles.Select(r => reading.Entity is null && r.Organization is not null ? $"{r.Person.Name}（{r.Organization.Name}{r.Role}）" : $"{r.Person.Name}（{r.Role}）"))}。";
    }

    public static string Initiatives(IReadOnlyList<InitiativeView> initiatives, QuestionReading reading) => initiatives.Count == 0
        ? $"图谱中没有{reading.Entity!.Name}{Topic(reading.Topic)}运行的品牌或平台记录。"
        : $"{reading.Entity!.Name}{Topic(reading.Topic)}运行的品牌、平台和举措{initiatives.Count}个：{List(initiatives.Select(i => i.Name))}。";

    public static string Path(PathView path, QuestionReading reading, int depth) => path.Found
        ? $"{reading.Entity!.Name}与{reading.Other!.Name}之间相隔{path.Edges.Count}层关系：{string.Join(" — ", path.Nodes.Select(n => n.Name))}。"
        : $"{reading.Entity!.Name}与{reading.Other!.Name}之间没有{depth}层以内的关系。";

    public static string Counts(CountsView counts, QuestionReading reading)
    {
        var unit = counts.Counted == "awards" ? "项奖" : "项活动";
        var by = counts.GroupBy == "year" ? "年份" : "城市";
        if (counts.Groups.Count == 0)
        {
            return $"图谱中没有可按{by}统计的记录。";
        }

        var top = counts.Groups[0];
        var ties = counts.Groups.TakeWhile(g => g.Count == top.Count).Select(g => g.Key).ToList();
        return $"按{by}统计{What(reading)}：最多的是{string.Join("、", ties)}（{top.Count}{unit}）；{List(counts.Groups.Select(g => $"{g.Key} {g.Count}"))}。";
    }

    public static string Related(GraphView related, string id, string name)
    {
        var others = related.Nodes.Where(n => n.Id != id).ToList();
        return others.Count == 0 ? $"图谱中没有与{name}相关的这类实体。" : $"与{name}相关的{others.Count}个：{List(others.Select(n => n.Name))}。";
    }

    private static string ActivityText(ActivityView activity)
    {
        var figure = activity.Metrics.Count > 0 ? $"（{activity.Metrics[0].Value.ToString(CultureInfo.InvariantCulture)}{activity.Metrics[0].Unit}）" : "";
        return activity.Name + figure;
    }

    private static string What(QuestionReading reading) =>
        reading.Counted == CountedThing.Awards ? "获奖" : $"开展{Topic(reading.Topic)}{reading.Activity ?? ""}活动";

    private static string Who(QuestionReading reading) => reading.Labels.Contains("Person") ? "人员" : "政协或机构";

    private static string Year(int? year) => year is null ? "" : $"{year}年";

    private static string Topic(string? topic) => topic is null ? "" : $"关于{topic}";

    private static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        // Names may hold 、 themselves (助力民营经济健康发展、高质量发展), so items are parted by ；.
        return string.Join("；", all.Take(Named)) + (all.Count > Named ? $"等{all.Count}个" : "");
    }
}
