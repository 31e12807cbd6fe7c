using System.Text;
using WhatsAppCampaigns.SenderWorker.Recipients.Text;

namespace WhatsAppCampaigns.SenderWorker.Tests.Recipients.Text;

public sealed class ContentSnifferTests
{
    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x61 }, "UTF-8 (BOM)", 3)]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x61, 0x00 }, "UTF-16 LE (BOM)", 2)]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x61 }, "UTF-16 BE (BOM)", 2)]
    [InlineData(new byte[] { 0x61, 0x00, 0x62, 0x00, 0x0A, 0x00 }, "UTF-16 LE (no BOM)", 0)]
    [InlineData(new byte[] { 0x00, 0x61, 0x00, 0x62, 0x00, 0x0A }, "UTF-16 BE (no BOM)", 0)]
    [InlineData(new byte[] { 0x70, 0x68, 0x6F, 0x6E, 0x65, 0x0A }, "UTF-8", 0)]
    public void Sniff_TextWithOrWithoutBom_FindsEncoding(byte[] head, string description, int preamble)
    {
        var result = ContentSniffer.Sniff(head);

        Assert.Equal(ContentKind.Text, result.Kind);
        Assert.Equal(description, result.Description);
        Assert.Equal(preamble, result.PreambleLength);
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 }, ContentKind.Zip)]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, ContentKind.LegacyExcel)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, ContentKind.Binary)]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08 }, ContentKind.Binary)]
    [InlineData(new byte[] { 0x70, 0x68, 0x00, 0x01, 0x02, 0x6E }, ContentKind.Binary)]
    [InlineData(new byte[] { 0x01, 0x02, 0x03, 0x04, 0x05, 0x70, 0x68, 0x6F }, ContentKind.Binary)]
    [InlineData(new byte[0], ContentKind.Empty)]
    public void Sniff_NonText_IsClassified(byte[] head, ContentKind kind) =>
        Assert.Equal(kind, ContentSniffer.Sniff(head).Kind);

    [Fact]
    public void Sniff_DeclaredEncoding_WinsAndSkipsItsBom()
    {
        var result = ContentSniffer.Sniff([0xEF, 0xBB, 0xBF, 0x61], Encoding.UTF8);

        Assert.Equal(ContentKind.Text, result.Kind);
        Assert.Equal(3, result.PreambleLength);
        Assert.Equal("utf-8 (declared)", result.Description);
    }

    [Fact]
    public void Sniff_NulInOtherwiseAsciiText_SaysWhere()
    {
        var result = ContentSniffer.Sniff("phone\n+972501234567\n\0\0garbage"u8);

        Assert.Equal(ContentKind.Binary, result.Kind);
        Assert.StartsWith("binary data (a NUL byte at offset 20)", result.Description);
    }
}
