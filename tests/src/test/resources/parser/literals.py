0
1
123456789012345678901234567890
1_000_000
0x_FF
0XdeadBEEF
0o777
0O17
0b1010
0B1_0
0.5
.5
1.
1.5e10
1e-5
1E+5
1_0.5_5
3.14e-10
1e100
1e16
1e15
123456789.123
0.0001
0.00001
1e308
1e400
00
0.0
'single'
"double"
'''triple single'''
"""triple
double"""
'it\'s'
"say \"hi\""
'tab\tnewline\nback\\slash'
'\x41\101\u0042\U00000043'
'\N{BULLET} \N{LATIN SMALL LETTER A}'
'unknown \d \q escape'
'line \
continued'
r'raw \n \d'
R"raw"
u'unicode'
U"unicode"
'adjacent' "strings" '''joined'''
('implicit'
 'joining')
'\0\7\77\777'
'quotes \' " mixed'
"only ' single"
'only " double'
'\r\a\b\f\v'
'non-ascii é ü 漢字 😀'
'\u00a0\u200b\x7f\x80'
''
""
rb = 1
x = 'a' 'b'
