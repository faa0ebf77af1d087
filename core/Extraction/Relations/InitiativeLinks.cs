using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Mentions;

namespace KnowledgeGraph.Core.Extraction.Relations;

/// <summary>
/// The ways a sentence of the genre links one initiative to another, read around two initiatives
/// named in one sentence: joined and made one (把“A”与“B”相结合, “A”和“B”两手并用, “A”+“B”), one
/// the means or footing of the other (以“A”为抓手，推进“B”; 依托“A”平台，开展“B”; 依托“A”建设的“B”;
/// “A”以“B”建设助推…), one driving or serving the other (以“A”建设推动“B”提质), one set up inside
/// or held by the other (在“A”平台建立…“B”系统, “A”中的“B”, “A”品牌下设“B”), one made part of,
/// extended into, upgraded to or renamed as the other (将“A”纳入“B”, 将“A”延伸到“B”, “A”升级为“B”,
/// “A”优化为“B”, “A”更名为“B”; not to a grade: 升级为“省级示范点”), one
/// said to be part of the other (“A”是“B”的重要内容, 作为“A”的重要组成部分，“B”…), the programme
/// that builds the other (“A”建设“B计划”), and a brand and its sub-brand written as one name
/// (“A—‘B’”, “A·B”, and “A+X” beside a “A+” matrix: <see cref="ParentByName"/>). Two names that
/// are only listed or only share a sentence are no link.
/// </summary>
/// <remarks>
/// The words between the two names hold no full stop or semicolon, and a comma only where the
/// first clause sets up the second (以…为抓手，…; 依托…，…; 在…中，…; 作为…的组成部分，…). Quotation
/// marks around the names are left out before matching; a list mark (、和与及等) between them
/// makes the forms of running, upgrading and carrying read nothing.
/// </remarks>
internal static partial class InitiativeLinks
{
    private const int MaxBetween = 20;

    /// <summary>The kind of link the sentence states between <paramref name="first"/> and the later <paramref name="second"/>, or null when it states none.</summary>
    public static string? Read(Mention first, Mention second)
    {
        var text = first.Unit.Text;
        if (first.Unit != second.Unit || second.Start < first.End)
        {
            return null;
        }

        var between = Quotes().Replace(text[first.End..second.Start], "");
        var clause = first.Unit.ClauseAt(first.Start);
        var before = Quotes().Replace(text[clause.Start..first.Start], "");
        var after = Quotes().Replace(text[second.End..Math.Min(text.Length, second.End + 12)], "");
        if (between.Length > MaxBetween || between.IndexOfAny(['。', '；', ';', '！', '？']) >= 0)
        {
            return null;
        }

        var commas = between.Count(c => c is '，' or ',');
        if (commas > 1)
        {
            return null;
        }

        if (commas == 0 && Conjunction().IsMatch(between) && Joined().IsMatch(after))
        {
            return "joined";
        }

        if (Footing().IsMatch(before) && FootingNoun().IsMatch(between))
        {
            return "means";
        }

        if ((Relying().IsMatch(before) && commas == 1 && !SecondMeans().IsMatch(between)) || ((Relying().IsMatch(before) || Footing().IsMatch(before)) && commas == 0 && Driving().IsMatch(between)))
        {
            return "means";
        }

        if (commas == 0 && Driving().IsMatch(between) && !Conjunction().IsMatch(between) && !SiblingModifier().IsMatch(between))
        {
            return "drives";
        }

        if (Inside().IsMatch(before) && (Within().IsMatch(between) || SetUp().IsMatch(between)))
        {
            return "within";
        }

        if (commas == 0 && PartOf().IsMatch(between))
        {
            return "within";
        }

        if (commas == 0 && Putting().IsMatch(before) && MadePart().IsMatch(between))
        {
            return "made part";
        }

        if (commas == 0 && Copula().IsMatch(between) && IsPart().IsMatch(after))
        {
            return "is part";
        }

        return ReadMore(text, first, second, between, before, after, commas);
    }

    /// <summary>
    /// The brand a name shows itself part of, when the document names that brand as an initiative
    /// too: “书香政协·委员讲堂” of “书香政协”, “党建+协商” of a “党建+” matrix. Null otherwise.
    /// </summary>
    public static string? ParentByName(string name, IReadOnlySet<string> names)
    {
        var joint = name.IndexOfAny(['·', '•', '‧', '—']);
        if (joint >= 2 && name.Length - joint > 2 && names.Contains(name[..joint]))
        {
            return name[..joint];
        }

        var plus = name.IndexOfAny(['+', '＋']);
        if (plus >= 2 && plus < name.Length - 1 && names.Contains(name[..(plus + 1)]))
        {
            return name[..(plus + 1)];
        }

        return null;
    }

    /// <summary>
    /// True when the quoted name is a field or a scenario the sentence speaks of, not a programme:
    /// 打造“人工智能+医疗”典型应用场景, 推进“人工智能+医疗卫生”应用发展, 拓展“数据+”领域.
    /// </summary>
    public static bool IsFieldOrScenario(Mention mention)
    {
        var text = mention.Unit.Text;
        var end = mention.Unit.QuoteAt(mention.Start) is { IsTitle: false } quote ? quote.End : mention.End;
        return FieldOrScenario().IsMatch(text.AsSpan(end, Math.Min(text.Length, end + 8) - end));
    }

    // The forms added after the first set: a brand and its sub-brand written as one name, one
    // carrying the other (“A”以“B”建设助推…; 依托“A”开展“B”), one the upgrade or extension of the
    // other, and 作为“A”的重要组成部分，“B”….
    private static string? ReadMore(string text, Mention first, Mention second, string between, string before, string after, int commas)
    {
        var rawBetween = text[first.End..second.Start];
        if (SubBrandJoint().IsMatch(between) && rawBetween.IndexOfAny(['“', '”', '"', '「', '」', '『', '』']) < 0)
        {
            return "sub-brand";
        }

        if (commas == 0 && HeldThrough().IsMatch(rawBetween))
        {
            return "held through";
        }

        if (commas == 0 && Plus().IsMatch(between))
        {
            return "joined";
        }

        if (commas == 0 && (between is "建设" or "建设的") && Programme().IsMatch(second.Name))
        {
            return "programme of";
        }

        if (commas == 0 && Holding().IsMatch(between))
        {
            return "within";
        }

        if (commas == 0 && Carrying().IsMatch(between) && (CarriedOn().IsMatch(after) || FootingNoun().IsMatch(after)))
        {
            return "means";
        }

        if (commas == 0 && OnPlatform().IsMatch(before) && !Listing().IsMatch(between) && Running().IsMatch(between))
        {
            return "means";
        }

        if (commas == 0 && !Listing().IsMatch(between) && Upgrade().IsMatch(between) && !InitiativeFinder.IsGradeOrSet(second.Name))
        {
            return "upgrade";
        }

        if (commas == 0 && Putting().IsMatch(before) && Extending().IsMatch(between))
        {
            return "extends";
        }

        if (commas == 1 && AsPartOf().IsMatch(before) && PartThen().IsMatch(between))
        {
            return "is part";
        }

        return null;
    }

    [GeneratedRegex("[“”‘’\"「」『』]")]
    private static partial Regex Quotes();

    // What follows a quoted field or scenario: “A”典型应用场景, “A”应用发展, “A”领域. A bare 应用
    // is an app (“智慧政协”应用，…; “政协云”应用平台), a programme of the committee's own.
    [GeneratedRegex("^(?:典型|重点|示范|特色|创新|新型?)?(?:应用场景|应用领域|应用发展|场景|领域)")]
    private static partial Regex FieldOrScenario();

    // “A”读书品牌在举办“B”“C”和“D”中持续擦亮, “A”品牌通过开展“B”: the brand is carried out
    // through the activities it holds (the names before the second are its other activities).
    [GeneratedRegex("^[”\"]?(?:[\\u4e00-\\u9fff]{0,4}品牌)(?:在|通过)(?:举办|开展|推出|打造)(?:“[^“”]{1,20}”[、和及与]?)*$")]
    private static partial Regex HeldThrough();

    // Two names joined by a conjunction, then a verb of joining. Two names side by side or with 、
    // are items of a list, even before 衔接/联动 (推进“中职+本科”、“高职+本科”衔接培养: parallel
    // programmes, each joined to something else), and so is 统筹推进“A”“B”.
    [GeneratedRegex("^(?:平台|系统|行动|工程|品牌|机制|活动|计划|改革|建设|工作|打造|创建)?(?:与|和|同|及|以及)$")]
    private static partial Regex Conjunction();

    [GeneratedRegex("^(?:(?:等|两大|双)?(?:平台|系统|行动|工程|品牌|机制|活动|计划|改革|建设|工作)?)(?:相|深度|有机|紧密|互相|相互|双向|一体|协同)*(?:结合|融合|衔接|联动|贯通|对接|互促|互动|并轨|整合|协同|赋能|共建|同频|两手并用|并用|并举|并重|双轮驱动|一体推进|一体部署|同规划|同部署|同推进|同步推进|同步规划|共推进)")]
    private static partial Regex Joined();

    // 以“A”为抓手，… / 以“A”为引领推动 …
    [GeneratedRegex("以$")]
    private static partial Regex Footing();

    [GeneratedRegex("^(?:平台|系统|行动|工程|品牌|机制|活动|计划|建设|工作)?为(?:抓手|总抓手|主抓手|载体|主载体|牵引|引领|统领|契机|平台|主平台|依托|支撑|突破口|主线|引擎|龙头|纽带|切入点|落脚点|阵地|主阵地)")]
    private static partial Regex FootingNoun();

    // 依托“A”平台，开展 … / 通过“A”推动 …
    [GeneratedRegex("(?:依托|通过|借助|借力|围绕|聚焦|结合|立足|用好|运用)$")]
    private static partial Regex Relying();

    [GeneratedRegex("(?:推动|带动|促进|助推|助力|赋能|支撑|服务于|引领|牵引|驱动|撬动|拉动|反哺|融入|对接)")]
    private static partial Regex Driving();

    // 通过“A”平台，按照“B”机制，…: a second means named beside the first, not run on it.
    [GeneratedRegex("[，,](?:按照|依照|根据|遵循|对照|比照)$")]
    private static partial Regex SecondMeans();

    // 助力园区的“A”、助力乡村的“B”: after a list mark, what drives and 的 describe the next item
    // of the list, not a link from the one before.
    [GeneratedRegex("、[^、]*(?:推动|带动|促进|助推|助力|赋能|支撑|服务于|引领|牵引|驱动|撬动|拉动|反哺|融入|对接)[^、]*的$")]
    private static partial Regex SiblingModifier();

    // 在“A”中/平台上 … “B”; 在“A”平台建立 … “B”
    [GeneratedRegex("在$")]
    private static partial Regex Inside();

    [GeneratedRegex("^(?:平台|系统|行动|工程|品牌|机制|活动|计划|框架|体系|建设|工作)?(?:中|下|上|里|内|框架下|之下|之中)")]
    private static partial Regex Within();

    [GeneratedRegex("(?:建立|打造|推出|开设|设立|上线|开发|搭建|增设|嵌入|开通|构建)")]
    private static partial Regex SetUp();

    [GeneratedRegex("^(?:平台|系统|行动|工程|品牌|机制|活动|计划|框架|体系)?(?:中|下|内|里|框架下|之下)?的$")]
    private static partial Regex PartOf();

    [GeneratedRegex("(?:将|把)$")]
    private static partial Regex Putting();

    [GeneratedRegex("(?:纳入|融入|列入|融合到|嵌入|接入|并入|作为)")]
    private static partial Regex MadePart();

    [GeneratedRegex("^(?:平台|系统|行动|工程|品牌|机制|活动|计划)?(?:是|为|作为|成为)$")]
    private static partial Regex Copula();

    // “…的重要组成部分”, “…的有效载体”: what one initiative is of another (IsPart, PartThen).
    private const string PartOfWhole = "^(?:平台|系统|行动|工程|品牌|机制|活动|计划|建设|工作)?的(?:重要|有效|有力|具体|关键|核心)?(?:组成部分|内容|举措|抓手|延伸|载体|实践|升级版|支撑|平台|成果|一环|子品牌|分品牌|窗口|阵地)";

    [GeneratedRegex(PartOfWhole)]
    private static partial Regex IsPart();

    // One name made of a brand and its sub-brand: “有事好商量—‘码’上议”, “书香政协·委员讲堂”.
    [GeneratedRegex("^[—－·•‧]{1,2}$")]
    private static partial Regex SubBrandJoint();

    // “A”+“B”: two quoted names joined into one model (inside one quote, “党建+协商” is one name).
    [GeneratedRegex("^[+＋]$")]
    private static partial Regex Plus();

    // “A”品牌下设“B”, “A”平台开设“B”专栏, “A”子品牌“B”: the second is held by the first.
    [GeneratedRegex("^(?:平台|系统|品牌|工程|行动|机制|计划|阵地)?(?:下设|下辖|开设|涵盖|包含|旗下的?|子品牌|分品牌|的子品牌|的分品牌|下的子品牌)$")]
    private static partial Regex Holding();

    // 高校“A”建设“B计划”: the second is the programme that builds the first.
    [GeneratedRegex("(?:计划|工程|行动|方案)$")]
    private static partial Regex Programme();

    // “A”以“B”建设助推…: A carries B on.
    [GeneratedRegex("^(?:平台|系统|行动|工程|品牌|机制|活动|计划|工作)?(?:以|通过|借助|依托)$")]
    private static partial Regex Carrying();

    [GeneratedRegex("^(?:平台|系统|行动|工程|品牌|机制|活动|计划|建设|工作)?(?:建设|为抓手)?(?:助推|推动|带动|促进|引领|赋能|提升|深化)")]
    private static partial Regex CarriedOn();

    // 依托“A”平台开展“B”, 依托“A”建设的“B”: the first is where the second is run or built.
    [GeneratedRegex("^(?:[0-9.]+版?)?(?:平台|系统|阵地|载体|品牌|机制|工作室|网络)?(?:(?:常态化|持续|深入|广泛|定期)?(?:开展|举办|打造|推出|实施|组织|搭建|开设|设立|建立|建成|开通|上线)|(?:建设|打造|开发|搭建|建立)的$)")]
    private static partial Regex Running();

    // Words that show a list between the names, or a third thing between them.
    [GeneratedRegex("[、和与及或等]")]
    private static partial Regex Listing();

    // “A”升级为“B”, “A”迭代升级为“B”, “A”优化为“B”, “A”更名为“B”, “A”整合为“B”.
    [GeneratedRegex(InitiativeFinder.BecomingPattern)]
    private static partial Regex Upgrade();

    // 将“A”延伸到“B”.
    [GeneratedRegex("^(?:平台|系统|行动|工程|品牌|机制|活动|计划|工作|模式|做法)?(?:延伸|拓展|推广|嵌入)(?:到|至|进)$")]
    private static partial Regex Extending();

    // 作为“A”的重要组成部分，“B”…
    [GeneratedRegex("作为$")]
    private static partial Regex AsPartOf();

    [GeneratedRegex(PartOfWhole + "[^，,]{0,4}[，,][^，,、和与]{0,6}$")]
    private static partial Regex PartThen();

    // 依托/借助/通过“A”…: a platform the second is run on (not 围绕/聚焦 a goal).
    [GeneratedRegex("(?:依托|通过|借助|借力|用好|运用|利用)$")]
    private static partial Regex OnPlatform();
}
