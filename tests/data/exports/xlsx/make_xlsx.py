#!/usr/bin/env python3
"""Writes revenue.xlsx, the checked-in XLSX fixture of tst_xlsxreader, part by part as Excel lays
out a workbook: a merged title row above the header, shared strings, month cells as date serials
with the built-in date format 14, a formula with its cached value, a second sheet with booleans.
Run it here to regenerate the file (python3 make_xlsx.py); the bytes are reproducible."""
import zipfile

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'

parts = {
    '[Content_Types].xml': HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '</Types>',
    '_rels/.rels': HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{REL}officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/_rels/workbook.xml.rels': HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId3" Type="{REL}styles" Target="styles.xml"/>'
    f'<Relationship Id="rId2" Type="{REL}worksheet" Target="worksheets/sheet2.xml"/>'
    f'<Relationship Id="rId1" Type="{REL}worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId4" Type="{REL}sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    'xl/workbook.xml': HEAD + f'<workbook {NS}><workbookPr defaultThemeVersion="166925"/>'
    '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>'
    '<sheets><sheet name="Revenue" sheetId="1" r:id="rId1"/><sheet name="Plans" sheetId="2" r:id="rId2"/></sheets>'
    '<calcPr calcId="191029"/></workbook>',
    'xl/styles.xml': HEAD + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="14"/><name val="Calibri"/></font></fonts>'
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"><alignment horizontal="center"/></xf></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
    'xl/sharedStrings.xml': HEAD + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="11" uniqueCount="9">'
    '<si><r><rPr><b/><sz val="14"/></rPr><t>Revenue</t></r><r><rPr><sz val="14"/></rPr><t xml:space="preserve"> export</t></r></si>'
    '<si><t>Account ID</t></si><si><t>Month</t></si><si><t>MRR</t></si><si><t>acme</t></si><si><t>globex</t></si>'
    '<si><t>plan</t></si><si><t>price</t></si><si><t>Basic</t></si></sst>',
    'xl/worksheets/sheet1.xml': HEAD + f'<worksheet {NS}><dimension ref="A1:C6"/>'
    '<sheetViews><sheetView tabSelected="1" workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews>'
    '<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="3" width="14" customWidth="1"/></cols><sheetData>'
    '<row r="1" spans="1:3" ht="18.75"><c r="A1" s="2" t="s"><v>0</v></c><c r="B1" s="2"/><c r="C1" s="2"/></row>'
    '<row r="3" spans="1:3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="C3" t="s"><v>3</v></c></row>'
    '<row r="4" spans="1:3"><c r="A4" t="s"><v>4</v></c><c r="B4" s="1"><v>45322</v></c><c r="C4"><v>100</v></c></row>'
    '<row r="5" spans="1:3"><c r="A5" t="s"><v>4</v></c><c r="B5" s="1"><f>EOMONTH(B4,1)</f><v>45351</v></c>'
    '<c r="C5"><f>C4*1.205</f><v>120.49999999999999</v></c></row>'
    '<row r="6" spans="1:3"><c r="A6" t="s"><v>5</v></c><c r="B6" s="1"><v>45351</v></c><c r="C6"><v>80</v></c></row>'
    '</sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>'
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>',
    'xl/worksheets/sheet2.xml': HEAD + f'<worksheet {NS}><dimension ref="A1:C3"/><sheetData>'
    '<row r="1"><c r="A1" t="s"><v>6</v></c><c r="B1" t="s"><v>7</v></c><c r="C1" t="inlineStr"><is><t>active</t></is></c></row>'
    '<row r="2"><c r="A2" t="s"><v>8</v></c><c r="B2"><v>10</v></c><c r="C2" t="b"><v>1</v></c></row>'
    '<row r="3"><c r="A3" t="inlineStr"><is><t>Pro</t></is></c><c r="B3"><v>49.990000000000002</v></c><c r="C3" t="b"><v>0</v></c></row>'
    '</sheetData></worksheet>',
}

with zipfile.ZipFile('revenue.xlsx', 'w', zipfile.ZIP_DEFLATED) as z:
    for name, text in parts.items():
        info = zipfile.ZipInfo(name, date_time=(2024, 3, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, text.encode('utf-8'))
