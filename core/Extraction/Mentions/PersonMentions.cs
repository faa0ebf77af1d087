namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>Adds a person's mention and the relations of their roles (HAS_ROLE keyed by the title; LEADS for a committee's 主席).</summary>
internal static class PersonMentions
{
    public static void Relate(UnitReading reading, Mention person, string title, string organisation, int start, int end, bool leads)
    {
        reading.Relate(new RelationFact("HAS_ROLE", person.Id, organisation, reading.Unit, start, end)
        {
            Key = title,
            Properties = { ["role"] = title },
        });
        if (leads)
        {
            reading.Relate(new RelationFact("LEADS", person.Id, organisation, reading.Unit, start, end));
        }
    }

    /// <summary>Adds <paramref name="title"/> to the roles of a person already read; returns the person.</summary>
    public static Mention AddRole(Mention person, string title)
    {
        var roles = person.Properties.GetValueOrDefault("roles") as string[] ?? [];
        if (!roles.Contains(title))
        {
            person.Properties["roles"] = roles.Append(title).ToArray();
        }

        return person;
    }

    public static Mention NewPerson(UnitReading reading, string name, string[] roles, int start, int end)
    {
        var mention = new Mention(Labels.Person, "person:" + name, name, reading.Unit, start, end);
        mention.Properties["roles"] = roles;

        // A name is not a place too (瑞丽 in 熊瑞丽).
        foreach (var place in reading.Of(Labels.Place).Where(p => p.Overlaps(start, end) && p.Start >= start).ToList())
        {
            reading.Remove(place);
        }

        return reading.Add(mention);
    }
}
