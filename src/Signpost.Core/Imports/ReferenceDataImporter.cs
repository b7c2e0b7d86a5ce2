using Npgsql;
using NpgsqlTypes;
using Signpost.Core.ReferenceData;

namespace Signpost.Core.Imports;

/// <summary>
/// Loads the BLMK reference data from data/blmk: each file whole in its own transaction or not at all; a file
/// imported before (same content hash) is skipped, so running it again changes nothing.
/// </summary>
public class ReferenceDataImporter(NpgsqlDataSource dataSource, TimeProvider clock)
{
    public async Task<ReferenceImportReport> ImportAsync(string directory, IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(directory)) throw new ImportException(directory, null, "the folder does not exist");
        var results = new List<FileImportResult>
        {
            await ImportFileAsync("postcodes", Find(directory, "codepoint_open_*.csv"), ReferenceFileReaders.Postcodes, PostcodeUpsert, progress, cancellationToken),
            await ImportFileAsync("icb-lookup", Find(directory, "sicbl*_icb*_lookup*.csv"), ReferenceFileReaders.IcbLookup, IcbUpsert, progress, cancellationToken),
            await ImportFileAsync("gp-practices", Find(directory, "*epraccur*.csv"), ReferenceFileReaders.GpPractices, PracticeUpsert, progress, cancellationToken),
            await ImportFileAsync("pharmacies", Find(directory, "*edispensary*.csv"), ReferenceFileReaders.Pharmacies, PharmacyUpsert, progress, cancellationToken),
            await ImportFileAsync("pcns", Find(directory, "*epcn_pcn_details*.csv"), ReferenceFileReaders.Pcns, PcnUpsert, progress, cancellationToken),
            await ImportFileAsync("pcn-members", Find(directory, "*epcn_core_partner_details*.csv"), ReferenceFileReaders.PcnMembers, PcnMemberUpsert, progress, cancellationToken),
        };
        await LocateAsync(cancellationToken);
        return new ReferenceImportReport(results, await UnlocatedAsync(cancellationToken));
    }

    private async Task<FileImportResult> ImportFileAsync<T>(string kind, string path, Func<string, List<T>> read,
        BulkUpsert<T> upsert, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        var sha = await FileHash.Sha256Async(path, cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (await ImportRuns.WasImportedAsync(connection, kind, sha, cancellationToken))
        {
            progress?.Report(new ImportProgress(fileName, 1, 1));
            return new FileImportResult(kind, fileName, 0, Skipped: true);
        }
        var rows = read(path);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rowProgress = progress is null ? null : new Progress<long>(done => progress.Report(new ImportProgress(fileName, done, rows.Count)));
        await upsert.RunAsync(connection, transaction, rows, rowProgress, cancellationToken);
        await ImportRuns.RecordAsync(connection, transaction, kind, fileName, sha, rows.Count, clock.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        progress?.Report(new ImportProgress(fileName, rows.Count, rows.Count));
        return new FileImportResult(kind, fileName, rows.Count, Skipped: false);
    }

    private static string Find(string directory, string pattern)
    {
        var matches = Directory.GetFiles(directory, pattern).Order(StringComparer.Ordinal).ToList();
        return matches.Count > 0 ? matches[^1] : throw new ImportException(pattern, null, $"no such file in {directory}");
    }

    /// <summary>Copies each organisation's postcode centroid (and local authority) onto it.</summary>
    private async Task LocateAsync(CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        foreach (var table in new[] { "gp_practices", "pharmacies" })
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"""
                update {table} o set latitude = p.latitude, longitude = p.longitude, admin_district_code = p.admin_district_code
                from postcodes p where p.postcode = o.postcode
                  and (o.latitude is distinct from p.latitude or o.longitude is distinct from p.longitude
                       or o.admin_district_code is distinct from p.admin_district_code)
                """));
        }
        batch.BatchCommands.Add(new NpgsqlBatchCommand("""
            update pcns o set latitude = p.latitude, longitude = p.longitude from postcodes p
            where p.postcode = o.postcode and (o.latitude is distinct from p.latitude or o.longitude is distinct from p.longitude)
            """));
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<List<UnlocatedOrganisation>> UnlocatedAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            select 'GP practice', ods_code, name, postcode from gp_practices where status_code = 'A' and prescribing_setting = 4 and latitude is null
            union all select 'pharmacy', ods_code, name, postcode from pharmacies where status_code = 'A' and latitude is null
            union all select 'PCN', code, name, postcode from pcns where close_date is null and latitude is null
            order by 1, 2
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<UnlocatedOrganisation>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new UnlocatedOrganisation(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }
        return list;
    }

    private static readonly BulkUpsert<PostcodeCentroid> PostcodeUpsert = new("postcodes", ["postcode"],
        ["postcode", "positional_quality", "eastings", "northings", "country_code", "admin_county_code", "admin_district_code",
         "admin_ward_code", "latitude", "longitude"],
        (w, p) =>
        {
            w.Write(p.Postcode); w.Write(p.PositionalQuality); w.Write(p.Eastings); w.Write(p.Northings); w.Write(p.CountryCode);
            Text(w, p.AdminCountyCode); Text(w, p.AdminDistrictCode); Text(w, p.AdminWardCode); Number(w, p.Latitude); Number(w, p.Longitude);
        });

    private static readonly BulkUpsert<IcbLookup> IcbUpsert = new("icb_lookup", ["sub_icb_code"],
        ["sub_icb_code", "sub_icb_ons_code", "sub_icb_name", "icb_code", "icb_ons_code", "icb_name", "region_code", "region_ons_code", "region_name"],
        (w, i) =>
        {
            w.Write(i.SubIcbCode); w.Write(i.SubIcbOnsCode); w.Write(i.SubIcbName); w.Write(i.IcbCode); w.Write(i.IcbOnsCode);
            w.Write(i.IcbName); w.Write(i.RegionCode); w.Write(i.RegionOnsCode); w.Write(i.RegionName);
        });

    private static readonly BulkUpsert<GpPractice> PracticeUpsert = new("gp_practices", ["ods_code"],
        ["ods_code", "name", "address_lines", "postcode", "open_date", "close_date", "status_code", "sub_type_code",
         "commissioner_code", "phone", "prescribing_setting"],
        (w, p) =>
        {
            w.Write(p.OdsCode); w.Write(p.Name); w.Write(p.AddressLines.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text); w.Write(p.Postcode);
            Date(w, p.OpenDate); Date(w, p.CloseDate); w.Write(p.StatusCode); Text(w, p.SubTypeCode); Text(w, p.CommissionerCode);
            Text(w, p.Phone);
            if (p.PrescribingSetting is { } setting) w.Write(setting); else w.WriteNull();
        });

    private static readonly BulkUpsert<Pharmacy> PharmacyUpsert = new("pharmacies", ["ods_code"],
        ["ods_code", "name", "address_lines", "postcode", "open_date", "close_date", "status_code", "parent_code", "icb_code", "phone"],
        (w, p) =>
        {
            w.Write(p.OdsCode); w.Write(p.Name); w.Write(p.AddressLines.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text); w.Write(p.Postcode);
            Date(w, p.OpenDate); Date(w, p.CloseDate); w.Write(p.StatusCode); Text(w, p.ParentCode); Text(w, p.IcbCode); Text(w, p.Phone);
        });

    private static readonly BulkUpsert<Pcn> PcnUpsert = new("pcns", ["code"],
        ["code", "name", "sub_icb_code", "open_date", "close_date", "address_lines", "postcode"],
        (w, p) =>
        {
            w.Write(p.Code); w.Write(p.Name); w.Write(p.SubIcbCode); Date(w, p.OpenDate); Date(w, p.CloseDate);
            w.Write(p.AddressLines.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text); w.Write(p.Postcode);
        });

    private static readonly BulkUpsert<PcnMember> PcnMemberUpsert = new("pcn_members", ["practice_code", "pcn_code", "start_date"],
        ["practice_code", "pcn_code", "start_date", "end_date"],
        (w, m) => { w.Write(m.PracticeCode); w.Write(m.PcnCode); w.Write(m.StartDate, NpgsqlDbType.Date); Date(w, m.EndDate); });

    private static void Text(NpgsqlBinaryImporter w, string? value) { if (value is null) w.WriteNull(); else w.Write(value); }
    private static void Number(NpgsqlBinaryImporter w, double? value) { if (value is { } v) w.Write(v); else w.WriteNull(); }
    private static void Date(NpgsqlBinaryImporter w, DateOnly? value) { if (value is { } v) w.Write(v, NpgsqlDbType.Date); else w.WriteNull(); }
}
