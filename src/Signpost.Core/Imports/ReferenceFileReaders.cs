using Signpost.Core.Postcodes;
using Signpost.Core.ReferenceData;

namespace Signpost.Core.Imports;

/// <summary>Parses the BLMK reference files (ODS, ePCN, ONS lookup, Code-Point Open) into rows, checking each.</summary>
public static class ReferenceFileReaders
{
    private const int OdsFieldCount = 27;

    public static List<PostcodeCentroid> Postcodes(string path) =>
        Unique(path, CsvFile.ReadAll(path, ["Postcode", "Positional_quality_indicator", "Eastings", "Northings", "Country_code",
            "Admin_county_code", "Admin_district_code", "Admin_ward_code", "Latitude_WGS84_derived", "Longitude_WGS84_derived"]),
            row => new PostcodeCentroid
            {
                Postcode = Postcode(row, row.Text("Postcode")),
                PositionalQuality = row.Integer("Positional_quality_indicator"),
                Eastings = row.Integer("Eastings"),
                Northings = row.Integer("Northings"),
                CountryCode = row.RequiredText("Country_code"),
                AdminCountyCode = row.OptionalText("Admin_county_code"),
                AdminDistrictCode = row.OptionalText("Admin_district_code"),
                AdminWardCode = row.OptionalText("Admin_ward_code"),
                Latitude = Range(row, row.OptionalNumber("Latitude_WGS84_derived"), -90, 90, "Latitude"),
                Longitude = Range(row, row.OptionalNumber("Longitude_WGS84_derived"), -180, 180, "Longitude"),
            }, p => p.Postcode);

    public static List<IcbLookup> IcbLookup(string path) =>
        Unique(path, CsvFile.ReadAll(path, ["SICBL22CD", "SICBL22CDH", "SICBL22NM", "ICB22CD", "ICB22CDH", "ICB22NM", "NHSER22CD", "NHSER22CDH", "NHSER22NM"]),
            row => new IcbLookup
            {
                SubIcbOnsCode = row.RequiredText("SICBL22CD"),
                SubIcbCode = row.RequiredText("SICBL22CDH"),
                SubIcbName = row.RequiredText("SICBL22NM"),
                IcbOnsCode = row.RequiredText("ICB22CD"),
                IcbCode = row.RequiredText("ICB22CDH"),
                IcbName = row.RequiredText("ICB22NM"),
                RegionOnsCode = row.RequiredText("NHSER22CD"),
                RegionCode = row.RequiredText("NHSER22CDH"),
                RegionName = row.RequiredText("NHSER22NM"),
            }, i => i.SubIcbCode);

    /// <summary>epraccur rows for GP practices (prescribing setting 4); other prescribing settings are left out.</summary>
    public static List<GpPractice> GpPractices(string path) =>
        Unique(path, CsvFile.ReadAll(path, null, OdsFieldCount).Where(row => row.Text(25) == "4").ToList(),
            row => new GpPractice
            {
                OdsCode = row.RequiredText(0, "Organisation code"),
                Name = row.RequiredText(1, "Name"),
                AddressLines = AddressLines(row),
                Postcode = Postcode(row, row.Text(9)),
                OpenDate = row.OdsDate(10, "Open date"),
                CloseDate = row.OdsDate(11, "Close date"),
                StatusCode = Status(row),
                SubTypeCode = row.OptionalText(13),
                CommissionerCode = row.OptionalText(14),
                Phone = row.OptionalText(17),
                PrescribingSetting = row.OptionalInteger(25, "Prescribing setting"),
            }, p => p.OdsCode);

    public static List<Pharmacy> Pharmacies(string path) =>
        Unique(path, CsvFile.ReadAll(path, null, OdsFieldCount),
            row => new Pharmacy
            {
                OdsCode = row.RequiredText(0, "Organisation code"),
                Name = row.RequiredText(1, "Name"),
                AddressLines = AddressLines(row),
                Postcode = Postcode(row, row.Text(9)),
                OpenDate = row.OdsDate(10, "Open date"),
                CloseDate = row.OdsDate(11, "Close date"),
                StatusCode = Status(row),
                ParentCode = row.OptionalText(14),
                Phone = row.OptionalText(17),
                IcbCode = row.OptionalText(23),
            }, p => p.OdsCode);

    public static List<Pcn> Pcns(string path) =>
        Unique(path, CsvFile.ReadAll(path, ["PCN Code", "PCN Name", "Current Sub ICB Loc Code", "Open Date", "Close Date",
            "Address Line 1", "Address Line 2", "Address Line 3", "Address Line 4", "Address Line 5", "Postcode"]),
            row => new Pcn
            {
                Code = row.RequiredText("PCN Code"),
                Name = row.RequiredText("PCN Name"),
                SubIcbCode = row.RequiredText("Current Sub ICB Loc Code"),
                OpenDate = row.OdsDate("Open Date"),
                CloseDate = row.OdsDate("Close Date"),
                AddressLines = Enumerable.Range(1, 5).Select(i => row.Text($"Address Line {i}")).Where(l => l.Length > 0).ToList(),
                Postcode = Postcode(row, row.Text("Postcode")),
            }, p => p.Code);

    public static List<PcnMember> PcnMembers(string path) =>
        Unique(path, CsvFile.ReadAll(path, ["Partner Organisation Code", "PCN Code",
            "Practice to PCN Relationship Start Date", "Practice to PCN Relationship End Date"]),
            row => new PcnMember
            {
                PracticeCode = row.RequiredText("Partner Organisation Code"),
                PcnCode = row.RequiredText("PCN Code"),
                StartDate = row.OdsDate("Practice to PCN Relationship Start Date") ?? throw row.Problem("the relationship start date is empty"),
                EndDate = row.OdsDate("Practice to PCN Relationship End Date"),
            }, m => $"{m.PracticeCode}|{m.PcnCode}|{m.StartDate:yyyyMMdd}");

    private static List<T> Unique<T>(string path, List<CsvRow> rows, Func<CsvRow, T> read, Func<T, string> key)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<T>(rows.Count);
        foreach (var row in rows)
        {
            var item = read(row);
            if (!seen.Add(key(item))) throw row.Problem($"{key(item)} appears more than once in {Path.GetFileName(path)}");
            result.Add(item);
        }
        return result;
    }

    private static string Postcode(CsvRow row, string text) =>
        PostcodeFormat.Normalise(text) ?? throw row.Problem($"\"{text}\" is not a real postcode");

    private static List<string> AddressLines(CsvRow row) =>
        Enumerable.Range(4, 5).Select(row.Text).Where(l => l.Length > 0).ToList();

    private static string Status(CsvRow row) =>
        row.Text(12) is "A" or "C" or "D" or "P" ? row.Text(12) : throw row.Problem($"status code should be A, C, D or P, not \"{row.Text(12)}\"");

    private static double? Range(CsvRow row, double? value, double min, double max, string what) =>
        value is null || (value >= min && value <= max) ? value : throw row.Problem($"{what} {value} is out of range");
}
