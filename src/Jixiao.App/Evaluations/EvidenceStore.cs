using System.Security.Cryptography;
using Jixiao.App.Common;
using Microsoft.Extensions.Options;

namespace Jixiao.App.Evaluations;

/// <summary>Section "Evidence": where evidence files live (outside the database) and how large one may be.</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";

    /// <summary>Relative paths are relative to the working directory, like the SQLite file.</summary>
    public string Path { get; set; } = "data/evidence";

    public long MaxBytes { get; set; } = 20 * 1024 * 1024;
}

/// <summary>A stored file: its checksum (also its name in the store), size and the content type derived from its extension.</summary>
public sealed record StoredEvidence(string Sha256, long Size, string ContentType);

/// <summary>
/// Keeps evidence files (佐证材料) outside the database, content-addressed by SHA-256 so the same file uploaded twice is
/// stored once and a changed file on disk is detected on read. Only office documents, PDF and images are taken, and
/// their first bytes must match the extension (a renamed .exe is refused).
/// </summary>
public sealed class EvidenceStore(IOptions<EvidenceOptions> options)
{
    private static readonly Dictionary<string, (string ContentType, byte[][] Magic)> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", [[0x25, 0x50, 0x44, 0x46]]),
        [".png"] = ("image/png", [[0x89, 0x50, 0x4E, 0x47]]),
        [".jpg"] = ("image/jpeg", [[0xFF, 0xD8, 0xFF]]),
        [".jpeg"] = ("image/jpeg", [[0xFF, 0xD8, 0xFF]]),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", [[0x50, 0x4B, 0x03, 0x04]]),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [[0x50, 0x4B, 0x03, 0x04]]),
        [".pptx"] = ("application/vnd.openxmlformats-officedocument.presentationml.presentation", [[0x50, 0x4B, 0x03, 0x04]]),
        [".doc"] = ("application/msword", [[0xD0, 0xCF, 0x11, 0xE0]]),
        [".xls"] = ("application/vnd.ms-excel", [[0xD0, 0xCF, 0x11, 0xE0]]),
        [".ofd"] = ("application/ofd", [[0x50, 0x4B, 0x03, 0x04]]),
    };

    public static string AllowedText => "PDF、图片（JPG/PNG）、Word、Excel、PowerPoint、OFD";

    public long MaxBytes => options.Value.MaxBytes;

    /// <summary>Checks name, type, size and content, then stores the file. Refusals are 400s naming the file.</summary>
    public async Task<StoredEvidence> Save(string fileName, Stream content, CancellationToken ct = default)
    {
        var name = System.IO.Path.GetFileName(fileName ?? "").Trim();
        if (name.Length == 0)
        {
            throw ValidationFailedException.For("File", "请选择要上传的文件。");
        }
        if (!Allowed.TryGetValue(System.IO.Path.GetExtension(name), out var kind))
        {
            throw ValidationFailedException.For("File", $"“{name}”的文件类型不支持，只能上传{AllowedText}文件。");
        }
        var root = Root();
        Directory.CreateDirectory(root);
        var temp = System.IO.Path.Combine(root, $".upload-{Guid.NewGuid():N}");
        try
        {
            long size;
            byte[] head = new byte[8];
            var headLength = 0;
            string sha;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[81920];
                size = 0;
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    if (headLength < head.Length)
                    {
                        var take = Math.Min(head.Length - headLength, read);
                        Array.Copy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }
                    size += read;
                    if (size > MaxBytes)
                    {
                        throw ValidationFailedException.For("File", $"“{name}”超过 {MaxBytes / 1024 / 1024} MB 的大小限制。");
                    }
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }
                sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            }
            if (size == 0)
            {
                throw ValidationFailedException.For("File", $"“{name}”是空文件。");
            }
            if (!kind.Magic.Any(m => headLength >= m.Length && head.AsSpan(0, m.Length).SequenceEqual(m)))
            {
                throw ValidationFailedException.For("File", $"“{name}”的内容与扩展名不符，文件可能已损坏或被改名。");
            }
            var target = PathOf(sha);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            if (!File.Exists(target))
            {
                File.Move(temp, target);
            }
            return new StoredEvidence(sha, size, kind.ContentType);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>Opens a stored file after checking that its content still has the recorded checksum.</summary>
    public async Task<Stream> Open(string sha256, CancellationToken ct = default)
    {
        var path = PathOf(sha256);
        if (!File.Exists(path))
        {
            throw new NotFoundException("佐证材料文件不存在（可能已被移走），请联系系统管理员。");
        }
        await using (var check = File.OpenRead(path))
        {
            var actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(check, ct));
            if (actual != sha256)
            {
                throw new ConflictException("佐证材料文件校验失败（内容已被改动），请联系系统管理员。");
            }
        }
        return File.OpenRead(path);
    }

    public static string ContentTypeOf(string fileName) =>
        Allowed.TryGetValue(System.IO.Path.GetExtension(fileName), out var kind) ? kind.ContentType : "application/octet-stream";

    private string Root() => System.IO.Path.GetFullPath(options.Value.Path);

    private string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new NotFoundException("佐证材料不存在。");
        }
        return System.IO.Path.Combine(Root(), sha256[..2], sha256);
    }
}
