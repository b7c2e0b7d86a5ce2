namespace Signpost.Cli.Bench;

/// <summary>The kinds of synthetic service, with their taxonomy term, share of the whole and words people search with.</summary>
public static class SyntheticKinds
{
    public static readonly IReadOnlyList<(string Term, string Name, int Weight, string Description)> All =
    [
        ("general-practice", "GP practice", 12, "GP surgery with nurses and the practice team. Appointments, repeat prescriptions, blood test requests."),
        ("community-pharmacy", "Pharmacy", 14, "Community pharmacy: prescriptions, medicines and advice from a pharmacist. No appointment needed."),
        ("pharmacy-first", "Pharmacy First", 12, "Pharmacy First: a pharmacist can treat sore throat, earache, sinusitis, shingles, impetigo, insect bites and urine infections."),
        ("dental-routine", "Dentist", 9, "NHS dentist for check-ups and treatment. Toothache and dental pain seen by the dental team."),
        ("optometry-urgent-eye-care", "Opticians", 7, "Opticians and urgent eye care for red eye, sore eye and sight problems."),
        ("phlebotomy", "Blood test clinic", 6, "Blood test clinic (phlebotomy) for tests requested by your GP."),
        ("msk-first-contact", "Physio", 5, "Physio for back pain, joint pain and muscle problems. First contact physiotherapist."),
        ("talking-therapies", "Talking therapies", 5, "Mental health support: talking therapies and counselling for anxiety, depression and stress."),
        ("sexual-health-clinic", "Sexual health clinic", 4, "Sexual health clinic: testing, treatment and contraception."),
        ("immunisation", "Vaccination clinic", 5, "Vaccination clinic for flu, COVID-19 and childhood vaccines."),
        ("urgent-treatment-centre", "Urgent treatment centre", 2, "Urgent treatment centre for injuries, sprains, burns and suspected broken bones."),
        ("voluntary-and-community", "Community support", 12, "Community support group: advice, befriending, wellbeing and social prescribing."),
        ("spirometry-and-respiratory", "Respiratory clinic", 3, "Respiratory clinic: breathing tests, asthma and COPD reviews."),
        ("extended-access", "Evening appointments", 4, "Evening and weekend GP appointments with the practice team."),
    ];

    /// <summary>Words the benchmark searches for; each appears in some descriptions.</summary>
    public static readonly string[] SearchWords =
        ["pharmacy", "blood test", "physio", "dentist", "sore throat", "GP", "sexual health", "eye", "counselling", "vaccination", "back pain", "asthma"];

    /// <summary>Languages, most spoken first (the benchmark picks early ones more often).</summary>
    public static readonly string[] Languages = ["ur", "pl", "ro", "pa", "bn", "gu", "ar", "so", "pt", "ta", "lt", "fr", "es", "tr", "zh"];
}
