using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Vocabulary;

namespace KnowledgeGraph.Core.Answers;

/// <summary>
/// The words that give a question its shape, as researchers write them: question words, the
/// nouns of what is asked for (奖项, 主席, 品牌), the verbs around them (开展, 获得, 打造) and the
/// words of counting (哪一年…最多). Role titles and activity kinds come from the extraction
/// vocabulary (graph-schema/cues.json), so a title or kind added there is understood here too.
/// </summary>
internal sealed partial class QuestionCues
{
    // Words that never start, end or fill a name in a question: question words, particles and
    // the verbs of the patterns below.
    private static readonly string[] StopWords =
    [
        "哪些", "哪个", "哪几个", "哪家", "哪几家", "哪位", "哪几位", "哪一年", "哪年", "哪些年", "什么", "谁", "多少", "几", "几项", "几次", "怎样", "怎么", "如何", "吗", "呢", "哪里", "哪儿", "是否",
        "的", "了", "是", "有", "和", "与", "跟", "同", "及", "以及", "在", "对", "由", "被", "把", "为", "于", "过", "都", "所", "共", "一共", "总共", "分别", "各", "每", "曾", "曾经",
        "开展", "举办", "组织", "召开", "进行", "参加", "参与", "做", "做了", "干", "完成", "提出", "提交", "获得", "荣获", "获评", "获", "得到", "拿到", "入选", "打造", "推出", "创建", "建立", "运行", "实施", "担任", "任",
        "关系", "联系", "关联", "之间", "有关", "相关", "连接", "路径", "最多", "最少", "最", "数量", "次数", "排名",
    ];

    // Nouns of the patterns: they may stand inside a name (委员之家, 调研月), but left over after
    // the names are found they are the question's own words, not a name it asks about.
    private static readonly string[] CueNouns =
    [
        "奖", "奖项", "获奖", "荣誉", "表彰", "称号", "职务", "职位", "身份", "角色", "头衔", "活动", "工作", "方面", "情况", "领导", "负责人",
        "年", "年度", "年份", "每年", "各年", "城市", "地方", "地区", "委员", "人", "人员", "单位", "机构", "部门", "县区",
        "倡议", "品牌", "平台", "举措", "载体", "项目", "做法", "主题", "话题", "领域", "政协", "委员会", "政协委员", "组织",
    ];

    private readonly HashSet<string> _stops;
    private readonly HashSet<string> _cues;
    private readonly (string Word, string Kind)[] _kindWords;
    private readonly string[] _outputs;

    public QuestionCues(ExtractionVocabulary vocabulary)
    {
        var cues = vocabulary.Cues;
        Roles = cues.People.Roles.Select(r => r.Title)
            .Concat(cues.People.Bylines.Select(b => b.Title))
            .Concat(cues.People.TitlesAfterName.Select(t => t.Title))
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(t => t.Length)
            .ToArray();
        // A general verb (开展, 组织, 举办 …) carries the question, it names no kind: 开展了哪些调研 asks
        // for surveys, 开展了哪些活动 for any activity.
        var general = new HashSet<string>(cues.Activities.GeneralVerbs, StringComparer.Ordinal);
        _outputs = cues.Activities.OutputWords;
        _kindWords = cues.Activities.Kinds
            .Where(k => !general.Contains(k.Kind))
            .SelectMany(k => k.Words.Prepend(k.Kind).Where(w => !general.Contains(w)).Select(w => (Word: w, k.Kind)))
            .DistinctBy(w => w.Word)
            .OrderByDescending(w => w.Word.Length)
            .ToArray();
        _stops = new HashSet<string>(StopWords, StringComparer.Ordinal);
        _cues = new HashSet<string>(StopWords.Concat(CueNouns).Concat(Roles).Concat(_kindWords.Select(k => k.Word)), StringComparer.Ordinal);
    }

    /// <summary>Role titles, longest first (副主席 before 主席).</summary>
    public string[] Roles { get; }

    /// <summary>True when <paramref name="word"/> never stands in a name: a question word, a particle, a verb of the patterns, a year, punctuation.</summary>
    public bool IsStop(string word) => _stops.Contains(word) || Year().IsMatch(word) || word.All(c => char.IsPunctuation(c) || char.IsWhiteSpace(c) || char.IsDigit(c));

    /// <summary>The question's own words, longest first: what is left of a question once they and its names are taken out is a name it asks about.</summary>
    public IEnumerable<string> Words => _cues.OrderByDescending(w => w.Length);

    /// <summary>The first activity word in <paramref name="text"/> (longest at a place) and its kind: (调研, 调研), (拜访, 走访).</summary>
    public (string Word, string Kind, int At)? KindIn(string text)
    {
        (string, string, int)? best = null;
        foreach (var (word, kind) in _kindWords)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            // A verb whose object is an output (提出了提案, 报送信息) asks for that output, not the verb's kind.
            while (at >= 0 && _outputs.Any(o => text.AsSpan(at + word.Length).TrimStart('了').StartsWith(o, StringComparison.Ordinal)))
            {
                at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal);
            }

            if (at >= 0 && (best is null || at < best.Value.Item3))
            {
                best = (word, kind, at);
            }
        }

        return best;
    }

    /// <summary>The role title in <paramref name="text"/>, longest first, with where it stands.</summary>
    public (string Role, int At)? RoleIn(string text)
    {
        foreach (var role in Roles)
        {
            var at = text.IndexOf(role, StringComparison.Ordinal);
            if (at >= 0)
            {
                return (role, at);
            }
        }

        return null;
    }

    /// <summary>A year of 1949 to 2099 written in the question (2023年, 2023).</summary>
    [GeneratedRegex("(?<![0-9])(19[4-9][0-9]|20[0-9][0-9])(?![0-9])")]
    public static partial Regex Year();

    /// <summary>Asks for awards: 奖项, 获奖, 荣誉, 表彰, 称号, or 获评/荣获/入选 something.</summary>
    [GeneratedRegex("奖|荣誉|表彰|称号|殊荣|获评|荣获|入选|被评为")]
    public static partial Regex Awards();

    /// <summary>Asks which roles a person holds.</summary>
    [GeneratedRegex("职务|职位|身份|头衔|角色|担任|任职|任什么|什么职")]
    public static partial Regex PersonRoles();

    /// <summary>Asks who holds a role: 谁, 哪位, 哪些人, 叫什么.</summary>
    [GeneratedRegex("谁|哪位|哪几位|哪些人|什么人|叫什么|名字|有哪些")]
    public static partial Regex AsksWho();

    /// <summary>Asks for the leaders of an organisation without a title: 领导, 负责人.</summary>
    [GeneratedRegex("领导(是|有|班子)|负责人|成员")]
    public static partial Regex AnyRole();

    /// <summary>Asks for initiatives: the nouns researchers use for a committee's brands and platforms.</summary>
    [GeneratedRegex("倡议|品牌|平台|举措|载体|工作法|工作室|机制|项目|特色工作|创新做法|做法|工程|超市|直通车")]
    public static partial Regex Initiatives();

    /// <summary>Asks about activities in general: 活动, 工作, 做了什么, 开展了什么.</summary>
    [GeneratedRegex("活动|工作|会议|做了|干了|做过|开展|举办|组织|召开|进行|履职|提出|提交")]
    public static partial Regex Activities();

    /// <summary>Asks how two things are connected.</summary>
    [GeneratedRegex("关系|联系|关联|之间|相连|连接|路径|怎么连|如何连")]
    public static partial Regex Connection();

    /// <summary>Groups by year: 哪一年, 每年, 各年度.</summary>
    [GeneratedRegex("哪一年|哪年|哪个年份|哪些年份?|哪一年度|每年|每一年|各年|历年|逐年|按年|年度分布|各个年份")]
    public static partial Regex ByYear();

    /// <summary>Groups by city: 哪个城市 … 最多, 各市.</summary>
    [GeneratedRegex("哪个城市|哪座城市|哪个市|哪个地市|哪些城市|各市|各城市|各地市|每个城市|按城市|哪里|哪个地方")]
    public static partial Regex ByCity();

    /// <summary>Asks for a quantity: 最多, 多少, 几次.</summary>
    [GeneratedRegex("最多|最少|最频繁|多少|几次|几项|几个|数量|次数|排名|排行|分布|统计")]
    public static partial Regex Quantity();

    /// <summary>
    /// Which actors did something: 哪些城市, 哪些政协, 哪些委员, 谁. <c>who</c> is the noun
    /// (委员会 before 委员), <c>rest</c> what follows.
    /// </summary>
    [GeneratedRegex("(哪些|哪个|哪几个|哪家|哪几家|哪位|哪几位|什么|那些)(?<who>城市|地市|市|地方|地区|县区|县|区|政协|委员会|单位|机构|部门|委员|人员|人|领导)|(?<who>哪里|哪儿|谁)")]
    public static partial Regex WhichActors();

    /// <summary>Which things hold or did something: 哪些(倡议)获得了, 哪些(品牌)获评.</summary>
    [GeneratedRegex("(哪些|哪个|哪几个|哪家|哪几家|什么)(?<what>[^，,。？?！!]{1,6}?)(获得|获评|荣获|获|入选|被评为|得到|拿到)")]
    public static partial Regex WhichHolders();

    /// <summary>What was done, after the verb: 提出了(提案), 开展了(民营经济走访).</summary>
    [GeneratedRegex("(开展|举办|组织|召开|进行|提出|提交|参加|参与|完成|做)了?(?<what>[^，,。？?！!]{1,12})$")]
    public static partial Regex DoneWhat();

    /// <summary>X和哪些Y有关: what X is related to.</summary>
    [GeneratedRegex("^(?<x>.+?)(和|与|跟|同)(哪些|什么|哪个|哪几个)(?<what>.*?)(有关|相关|关联|有联系|有关系|联系)")]
    public static partial Regex AsksRelated();

    /// <summary>X是谁, X是什么.</summary>
    [GeneratedRegex("^(?<x>.+?)是(谁|什么|哪个|哪家|什么人|什么样的?)")]
    public static partial Regex AsksWhoOrWhat();

    /// <summary>介绍X, 什么是X, 谁是X.</summary>
    [GeneratedRegex("^(介绍一下|介绍|什么是|谁是)(?<x>.+)$")]
    public static partial Regex AsksAbout();

    /// <summary>Endings that make a leftover part of a question look like a name: organisations and places.</summary>
    [GeneratedRegex("(政协|委员会|委|局|办|院|部|厅|政府|党委|协会|联合会|中心|平台|省|市|县|区|镇|乡|街道|村)$")]
    public static partial Regex NameEnding();

    /// <summary>Quotation marks: names in them are names (“码”上议).</summary>
    [GeneratedRegex("[“”‘’\"'「」『』]")]
    public static partial Regex Quotes();
}
