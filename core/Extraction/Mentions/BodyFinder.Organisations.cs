using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Places;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// Bodies named as written and closed by an organisation word: enterprises (海螺集团, 省物流集团),
/// laboratories and institutes (深空探测实验室, 徽州文化研究院), universities and colleges (福州大学),
/// societies and alliances (国际深空探测学会, 涉外法律服务联盟), banks, hospitals and museums.
/// </summary>
/// <remarks>
/// The name runs back from the organisation word over Han letters, Latin letters and digits to a
/// clause mark or another mention, then starts after the last verb, preposition or count that
/// introduces it (组建省物流集团, 5个天府实验室). What is left before the word must be a name, not a
/// kind: 省实验室, 重点实验室, 龙头企业集团, 现代产业学院 and 职业技术学院 are made of modifiers alone and
/// are not bodies. A name that runs to the length limit without a start is a swallowed clause and is
/// dropped. 省X and 市X (省物流集团) are one body per province or city: the id holds the place the
/// text speaks for, the name stays as written; full and short names are not merged.
/// </remarks>
internal sealed partial class BodyFinder
{
    // Organisation words closing a name, longest first where one ends another, and the body's kind.
    private static readonly (string Word, string Kind)[] OrganisationWords =
    [
        ("有限公司", "企业"), ("集团", "企业"), ("银行", "企业"), ("交易所", "企业"),
        ("实验室", "科研机构"), ("实验站", "科研机构"), ("研究院", "科研机构"), ("研究所", "科研机构"), ("创新院", "科研机构"),
        ("大学", "高校"), ("学院", "高校"),
        ("学会", "社会组织"), ("协会", "社会组织"), ("联盟", "社会组织"), ("商会", "社会组织"), ("俱乐部", "社会组织"),
        ("博物馆", "场馆"), ("出版社", "出版社"), ("中心", CentreKind),
    ];

    private const string CentreKind = "机构";

    // Names of groups that every province or city has one of.
    private static readonly HashSet<string> GenericGroupNames =
        ["城投集团", "交投集团", "城建集团", "交通集团", "水务集团", "文旅集团", "国投集团", "产投集团", "农投集团", "旅游集团", "金控集团", "建工集团", "港口集团", "机场集团", "高速集团", "供销集团"];

    private static readonly char[] ClauseMarks = ['，', '；', '。', '：', '！', '？'];

    // Titles a person is named after (委员王某明): a name before an organisation word does not run back over one.
    private static readonly string[] PersonTitles = ["委员", "常委", "代表", "院长", "校长", "所长", "主任", "主席", "书记", "会长", "董事长", "总经理", "教授", "同志"];

    // Words before a centre's name that set it up, and words after it that open it.
    private static readonly string[] SettingUp = ["挂牌成立", "成立", "组建", "新设", "设立"];
    private static readonly string[] Opening = ["揭牌", "启用", "落户", "挂牌", "正式", "启动运行", "投入运行", "投入运营", "开业", "成立", "落地", "建成运行"];

    // Kinds of bodies whose units are named after them (中国科学院 + 赣江创新研究院).
    private static readonly string[] ParentKinds = ["科研机构", "政府机构", "国际组织", "高校"];

    // Longest a name may be before its organisation word.
    private const int MaxOrganisationName = 20;

    // Letters after an organisation word that make it part of a longer word (大学生, 集团化, 学院派).
    private const string WordContinuations = "生城化群级型式派制内外长区议";

    // Words that introduce a name: verbs, prepositions and adverbs the genre puts before one, longest first.
    private static readonly string[] NameIntroducers =
    [
        "挂牌成立", "迈向", "引导", "结成", "鼓励", "推广", "吸引", "要求", "指导", "帮助", "协调", "邀请", "对接", "依靠", "壮大", "督促", "交付", "来到", "先后", "走进", "前往", "首个", "首家", "一是", "二是", "三是", "四是", "五是", "高标准建设", "高水平建设", "高质量建设", "高水平组建", "服务保障好", "建好建强",
        "组建", "建设", "成立", "支持", "推动", "发挥", "依托", "提升", "加快", "建成", "筹设", "筹建", "用好",
        "设立", "完成", "推进", "做强", "做优", "建强", "打造", "获批", "实施", "开展", "牵头", "落户", "引进",
        "培育", "挂牌", "揭牌", "启动", "新设", "新建", "争取", "加力", "积极", "深化", "持续", "加强",
        "以及", "包括", "其中", "通过", "围绕", "聚焦", "入选", "成为", "获评", "开放", "重组", "整合", "新增",
        "首家", "全省", "全市", "我省", "我市", "我区", "全区", "携手", "共建", "协同", "带动", "创建", "入列",
        "对照", "巩固", "保持", "优化", "重塑", "完善", "拓展", "实行", "争创", "构建", "更多", "试点", "达到", "扩大", "更名",
        "和", "及", "被", "获", "在", "由", "对", "向", "把", "将", "为", "了", "的", "是", "从", "同", "并", "或", "等", "让", "使", "指", "至", "以",
    ];

    // Modifiers that alone before an organisation word make a kind, not a name (省实验室, 全国重点实验室).
    private static readonly string[] KindModifiers = new[]
    {
        "全国重点", "国家重点", "省重点", "国家级", "省级", "市级", "国家", "全国", "重点", "省", "市", "县", "区",
        "新型研发", "新型", "研发", "龙头", "国有", "一流", "世界一流", "高水平", "高质量", "各类", "各级", "各", "这些", "相关", "有关",
        "多层次", "骨干", "头部", "链主", "民营", "中小", "大型", "企业", "本科", "职业", "高等", "地方", "创新", "概念验证",
        "中试", "工程", "技术", "产业", "科技", "现代", "未来", "开放", "联合", "共建", "专业", "特色", "示范", "综合",
        "研究型", "应用型", "教学", "科研", "金融", "商业", "农村", "村镇", "政策性", "合作", "省属", "市属", "部属", "双一流",
        "高校", "院校", "中外", "国际", "中国", "海外", "境外", "外资", "跨国", "上市", "平台", "数字", "智能", "人工智能",
        "医疗", "公立", "民办", "社区", "乡镇", "基层", "中医", "专科", "三甲", "儿童", "妇幼", "附属", "行业", "产业技术",
        "服务", "研究", "创新研究", "新", "大", "老", "两", "一批", "多家", "首批", "首个", "首家", "自治区级", "自治区", "省外", "市外",
        "境内外", "境内", "证券", "股份制", "农商", "城商", "村镇", "高风险", "城市", "紧密型", "技师", "卓越工程师", "工程师", "老年",
        "工业", "遗址", "领域", "协会", "异地", "更多", "生态", "农业", "文化", "体育", "艺术", "师范", "医科", "理工", "开放", "社会",
        "国内外知名", "知名", "著名", "这所", "这家", "该", "当地", "本地", "国内外", "国内", "世界500强", "500强", "产学研", "战略",
    }.OrderByDescending(m => m.Length).ToArray();

    // Modifiers that alone before 中心 make a kind of centre (数据中心, 区域医疗中心, 国际消费中心), with the others.
    private static readonly string[] CentreModifiers = new[]
    {
        "数据", "算力", "超算", "政务服务", "便民服务", "运营", "交易", "物流", "消费", "区域医疗", "区域", "研发", "科创", "航运", "贸易",
        "活动", "指挥", "调度", "应急", "分拨", "配送", "检测", "检验", "孵化", "双创", "会展", "制造业", "先进制造业", "商贸", "枢纽",
        "营运", "集散", "结算", "培训", "展示", "体验", "康复", "养老", "托育", "救助", "志愿服务", "新时代文明实践", "文明实践", "融媒体",
        "党群服务", "综治", "矛盾纠纷调解", "调解", "心理", "健康", "疾控", "急救", "血液", "创业", "就业", "人才", "招商", "金融服务",
        "国际消费", "国际科技创新", "科技创新", "技术创新", "国家技术创新", "制造业创新", "产业创新", "工程技术", "工程研究", "企业技术",
    }.Concat(KindModifiers).OrderByDescending(m => m.Length).ToArray();

    private void FindOrganisations(UnitReading reading)
    {
        var text = reading.Text;
        var words = new List<(int At, int End, string Kind)>();
        foreach (var (word, kind) in OrganisationWords)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                words.Add((at, at + word.Length, kind));
            }
        }

        // Left to right, so that a name read stops the next one (海螺集团与皖维集团, 闽江学院更名大学).
        foreach (var (at, end, kind) in words.OrderBy(w => w.End))
        {
            if ((end < text.Length && WordContinuations.Contains(text[end])) || string.CompareOrdinal(text, end, "科技园", 0, 3) == 0 || IsVerbUse(reading, at, end)
                || reading.IsTaken(at, end, Labels.Committee, Labels.Body) || OrganisationNameStart(reading, at, kind == CentreKind ? CentreModifiers : KindModifiers) is not { } start)
            {
                continue;
            }

            // 省委党校（行政学院）: the bracket holds the school's other name, not a body of its own.
            if (start >= 3 && text[start - 1] == '（' && string.CompareOrdinal(text, start - 3, "党校", 0, 2) == 0)
            {
                continue;
            }

            // 中心 names goals and roles as often as bodies (国际金融中心, 省域副中心): only one set up or opened.
            var nameEnd = BracketedPlaceEnd(text, end);
            if (kind == CentreKind && !SetUpAt(text, start, nameEnd))
            {
                continue;
            }

            AddOrganisation(reading, start, nameEnd, kind);
        }
    }

    // 学会运用, 大学毕业, 大学习: 学会 and 大学 read as a verb or as part of one, not as a body's word.
    private static bool IsVerbUse(UnitReading reading, int at, int end)
    {
        var text = reading.Text;
        var word = text[at..end];
        if (word is not ("学会" or "大学") || end >= text.Length)
        {
            return false;
        }

        // 上大学, 考大学: going to a university, not one.
        if (text[end] is '习' or '问' || string.CompareOrdinal(text, end, "毕业", 0, 2) == 0 || (word == "大学" && at > 0 && text[at - 1] is '上' or '考' or '读'))
        {
            return true;
        }

        // 群众学会使用: one plain word before 学会 and a verb after it.
        return word == "学会" && reading.Unit.Tokens.Any(t => !t.IsInner && t.Start == end && t.Tag.StartsWith('v'))
            && reading.Unit.Tokens.Any(t => !t.IsInner && t.End == at && t.End - t.Start <= 2 && t.Tag is not ("ns" or "nt" or "nz" or "nr" or "nrfg"));
    }

    // Whether a person's title ends at `index` (委员王某明).
    private static bool TitleBefore(string text, int index) =>
        PersonTitles.Any(t => index >= t.Length && string.CompareOrdinal(text, index - t.Length, t, 0, t.Length) == 0);

    // 委员王某明研究院院长: a person named after a title is no body's name.
    private static bool PersonAfterTitle(UnitReading reading, int start) =>
        TitleBefore(reading.Text, start) && reading.Unit.Tokens.Any(t => !t.IsInner && t.Start == start && t.Tag is "nr" or "nrfg");

    // 成立省足球运动管理中心, 国际红树林中心落户: the centre is set up or opened in the sentence.
    private static bool SetUpAt(string text, int start, int end)
    {
        // The window stays in the clause (打造文旅中心，一批项目落地: the project is what lands).
        var before = text.Substring(Math.Max(0, start - 6), Math.Min(6, start));
        before = before[(before.LastIndexOfAny(ClauseMarks) + 1)..];
        var after = text.Substring(end, Math.Min(8, text.Length - end));
        after = after.IndexOfAny(ClauseMarks) is var cut and >= 0 ? after[..cut] : after;
        return SettingUp.Any(w => before.EndsWith(w, StringComparison.Ordinal)) || Opening.Any(w => after.Contains(w, StringComparison.Ordinal));
    }

    // 国家碳计量中心（福建）: a province or city in brackets after the word is part of the name.
    private static int BracketedPlaceEnd(string text, int end)
    {
        if (end >= text.Length || text[end] != '（')
        {
            return end;
        }

        var close = text.IndexOf('）', end);
        return close > end + 1 && close - end <= 4 && text.AsSpan(end + 1, close - end - 1).ToString().All(PersonNames.IsHan) ? close + 1 : end;
    }

    // Where the name before the organisation word at `at` starts, or null when it is no name.
    private static int? OrganisationNameStart(UnitReading reading, int at, string[] modifiers)
    {
        var text = reading.Text;
        var limit = Math.Max(0, at - MaxOrganisationName - 1);
        var start = at;
        // A hyphen joins two names (中国-中亚); a run of them is a dash.
        while (start > limit && IsNameLetter(text[start - 1]) && !(text[start - 1] == '-' && (start < 2 || text[start - 2] == '-'))
            && !reading.IsTaken(start - 1, start, Labels.Body, Labels.Committee, Labels.Person) && !TitleBefore(text, start))
        {
            start--;
        }

        // Ran to the limit: a clause, not a name.
        var bounded = start > limit || start == 0;
        var introduced = LastIntroducer(reading, start, at);
        if (introduced is { } after)
        {
            start = after;
        }
        else if (!bounded)
        {
            return null;
        }

        start = AfterCount(text, start, at);
        while (start < at && text[start] is '和' or '与' or '及' or '-')
        {
            start++;
        }

        // 中国科学院大学: a unit named after its parent with nothing between.
        if (start == at && introduced is null && ParentEndingAt(reading, start) is { } whole)
        {
            return whole.Start;
        }

        if (!IsName(text[start..at], modifiers) || !reading.Unit.IsWordBoundary(start) || PersonAfterTitle(reading, start))
        {
            return null;
        }

        // 中国科学院赣江创新研究院, 教育部贵州高等研究院: a unit named after the body it belongs to.
        return introduced is null && ParentEndingAt(reading, start) is { } parent ? parent.Start : start;
    }

    private static Mention? ParentEndingAt(UnitReading reading, int end) =>
        reading.Of(Labels.Body).FirstOrDefault(m => m.End == end && m.Properties.TryGetValue("kind", out var kind) && ParentKinds.Contains((string)kind));

    // The offset after the last name introducer in text[from..to], or null; a one-letter one only as a word of its own (not the 等 of 高等).
    private static int? LastIntroducer(UnitReading reading, int from, int to)
    {
        var text = reading.Text;
        int? best = null;
        foreach (var word in NameIntroducers)
        {
            for (var found = text.IndexOf(word, from, to - from, StringComparison.Ordinal); found >= 0; found = text.IndexOf(word, found + 1, to - found - 1, StringComparison.Ordinal))
            {
                var end = found + word.Length;
                if (word.Length > 1 || (reading.Unit.IsWordBoundary(found) && reading.Unit.IsWordBoundary(end)))
                {
                    best = Math.Max(best ?? 0, end);
                }

                if (found + 1 >= to)
                {
                    break;
                }
            }
        }

        return best;
    }

    // 5个天府实验室, 省外12所大学: a count before the name is not part of it; the name starts after the last one.
    private static int AfterCount(string text, int start, int at)
    {
        var after = start;
        for (var i = start; i < at - 1; i++)
        {
            if ((char.IsAsciiDigit(text[i]) || "一二三四五六七八九十百千两几多".Contains(text[i])) && "个家所批座项支期".Contains(text[i + 1]))
            {
                after = i + 2;
            }
        }

        return after;
    }

    // A name before an organisation word: two letters or more, not made of kind modifiers alone.
    private static bool IsName(string before, string[] modifiers)
    {
        if (before.Length < 2 || before.Any(c => !IsNameLetter(c)))
        {
            return false;
        }

        // 沪国家实验室: modifiers are stripped from both ends, longest first.
        var rest = before;
        for (var stripped = true; stripped && rest.Length > 0;)
        {
            stripped = false;
            foreach (var modifier in modifiers)
            {
                // At the end only a word of two letters or more (大湾区 keeps its 区).
                if (rest.StartsWith(modifier, StringComparison.Ordinal) || (modifier.Length > 1 && rest.EndsWith(modifier, StringComparison.Ordinal)))
                {
                    rest = rest.StartsWith(modifier, StringComparison.Ordinal) ? rest[modifier.Length..] : rest[..^modifier.Length];
                    stripped = true;
                    break;
                }
            }
        }

        return rest.Length >= 2;
    }

    private static bool IsNameLetter(char c) => PersonNames.IsHan(c) || char.IsAsciiLetterOrDigit(c) || c == '-';

    // 省物流集团 is the province's: one node per province, named as written.
    private void AddOrganisation(UnitReading reading, int start, int end, string kind)
    {
        var name = reading.Text[start..end];
        // 城投集团, 交通集团: every place has one; the place the text speaks for holds it.
        var level = name[0] switch { '省' => "province", '市' => "city", _ => GenericGroupNames.Contains(name) ? "own" : null };
        Place? place = level is null ? null : ContextPlace(reading, level);
        if (level is not null && place is null && level != "own")
        {
            return;
        }

        var id = place is null ? "body:" + name : "body:" + place.Name + ":" + name;
        var mention = reading.Add(new Mention(Labels.Body, id, name, reading.Unit, start, end));
        mention.Properties["kind"] = kind;
        if (place is not null)
        {
            mention.Properties["place"] = place.Id;
        }
    }
}
