using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Core.Tests.Documents.Producers;

/// <summary>
/// A report of our own making in the genre's shape: a title, part headings and paragraphs long
/// enough to wrap over two or three lines, enough of them to run over several pages. The
/// sentences are written here; the numbers vary so that no two paragraphs are alike.
/// </summary>
internal static class ComposedReport
{
    private static readonly string[] Committees = ["市政协", "区政协", "县政协", "市政协经济委员会", "市政协社会法制委员会"];

    private static readonly string[] Topics =
    [
        "优化营商环境", "农村人居环境整治", "职业教育产教融合", "养老服务体系建设", "城市更新和老旧小区改造",
        "文化旅游融合发展", "民营企业转型升级", "基层协商民主建设",
    ];

    public const string Title = "政协常务委员会工作报告（征求意见稿）";

    public static readonly string[] Parts = ["一、过去一年的主要工作", "二、今年工作的总体安排"];

    /// <summary>The paragraphs of each part, in order.</summary>
    public static IReadOnlyList<string> Paragraphs(int part, int count)
    {
        var paragraphs = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var n = (part * 100) + i;
            var committee = Committees[n % Committees.Length];
            var topic = Topics[(n * 3) % Topics.Length];
            paragraphs.Add(string.Create(CultureInfo.InvariantCulture,
                $"{committee}围绕“{topic}”组织委员开展专题调研，先后走访企业和社区{12 + n}个、召开座谈会{3 + (n % 7)}次，" +
                $"形成调研报告{1 + (n % 4)}篇，提出意见建议{20 + (2 * n)}条，其中{5 + (n % 9)}条被有关部门采纳并转化为具体举措。"));
        }

        return paragraphs;
    }

    /// <summary>The report as text: Markdown title and part headings, one paragraph a line, blank lines between when asked.</summary>
    public static string Text(int paragraphsPerPart, bool blankLines)
    {
        var separator = blankLines ? "\n\n" : "\n";
        var text = new StringBuilder("# ").Append(Title).Append("\n\n");
        for (var part = 0; part < Parts.Length; part++)
        {
            text.Append("## ").Append(Parts[part]).Append("\n\n");
            text.AppendJoin(separator, Paragraphs(part, paragraphsPerPart)).Append("\n\n");
        }

        return text.ToString();
    }

    /// <summary>The lines a reader should make of it: headings marked by level, then each paragraph whole.</summary>
    public static List<string> ExpectedLines(int paragraphsPerPart)
    {
        var lines = new List<string> { "# " + Title };
        for (var part = 0; part < Parts.Length; part++)
        {
            lines.Add("## " + Parts[part]);
            lines.AddRange(Paragraphs(part, paragraphsPerPart));
        }

        return lines;
    }
}
