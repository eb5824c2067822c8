    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
/    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
/    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
T    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
f    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
:    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
u    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
v    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
y    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
/    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
/    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
'    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
;    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
b    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
u    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
C    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
f    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
j    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
w    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
m    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
u    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
m    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
{    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
b    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
}    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
f    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
m    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
v    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
;    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
m    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
{    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
b    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
u    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
C    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
f    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
C    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
k    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
u    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
C    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
}    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
f    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
m    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
/    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
/    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
m    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
/    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
/    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
j    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
;    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
b    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
=    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
>    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
{    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
b    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
m    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
u    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
m    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
u    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
=    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
>    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
{    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
b    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
m    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
E    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
q    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
u    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
[    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
]    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
;    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
}    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
;    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
v    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
y    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
-    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
=    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
>    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
{    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
B    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
G    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
T    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
O    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
E    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
q    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
u    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
1    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
2    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
;    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
f    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
f    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
{    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
M    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
/    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
^    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
G    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
L    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
0    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
[    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
1    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
-    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
6    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
]    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
\    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
\    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
$    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
/    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
;    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
B    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
G    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
T    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
5    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
;    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
B    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
G    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
T    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
8    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
0    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
;    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
}    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
}    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
;    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
k    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
u    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
y    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
=    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
>    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
{    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
k    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
u    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
C    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
0    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
1    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
0    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
1    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
?    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
B    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
u    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
;    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
k    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
u    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
C    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
G    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
L    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
9    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
9    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
9    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
9    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
B    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
U    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
f    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
;    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
}    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
;    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
}    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
;    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
b    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
b    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
u    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
C    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
=    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
>    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
{    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
=    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
{    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
:    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
m    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
w    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
:    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
A    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
u    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
f    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
w    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
w    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
w    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
w    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
f    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
}    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
;    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
w    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
=    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
>    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
{    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
=    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
b    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
u    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
C    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
[    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
f    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
C    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
y    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
{    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
G    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
L    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
0    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
1    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
0    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
1    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
:    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
}    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
f    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
C    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
m    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
{    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
G    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
L    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
0    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
1    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
0    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
1    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
:    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
}    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
]    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
;    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
b    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
m    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
m    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
=    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
>    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
W    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
G    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
L    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
0    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
1    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
0    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
1    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
:    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
w    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
B    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
u    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
;    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
b    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
m    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
m    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
=    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
>    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
u    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
w    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
G    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
L    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
0    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
2    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
B    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
u    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
;    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
}    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
;    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
w    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
u    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
m    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
f    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
m    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
=    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
>    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
{    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
=    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
b    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
u    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
C    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
[    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
f    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
C    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
m    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
{    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
G    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
L    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
0    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
2    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
0    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
1    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
:    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
{    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
:    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
u    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
k    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
w    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
:    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
}    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
}    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
f    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
C    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
y    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
{    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
G    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
L    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
0    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
3    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
0    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
1    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
:    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
{    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
:    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
B    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
y    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
:    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
}    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
}    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
f    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
C    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
v    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
u    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
{    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
G    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
L    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
4    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
4    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
:    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
}    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
]    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
;    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
b    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
m    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
E    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
q    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
u    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
[    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
G    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
L    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
0    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
2    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
0    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
1    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
:    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
G    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
L    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
0    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
3    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
0    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
1    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
:    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
w    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
w    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
G    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
L    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
4    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
4    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
:    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
f    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
f    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
m    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
G    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
L    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
0    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
0    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
0    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
0    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
G    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
L    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
4    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
4    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
:    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
g    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
v    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
u    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
w    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
w    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
G    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
L    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
0    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
4    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
,    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
]    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
f    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
=    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
>    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
!    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
W    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
G    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
L    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
0    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
4    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
a    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
c    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
o    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
b    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
m    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
f    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
l    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
r    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
=    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
>    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
p    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
.    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
e    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
n    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
d    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
s    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
W    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
i    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
t    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
h    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
(    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
G    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
L    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
0    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
4    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
x    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
"    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
;    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
     expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
}    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
;    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
}    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
)    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
;    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);

    expect(c.problems).toEqual([
      "GL0201: no explanation (one paragraph at least)",
      "GL0301: a title is lowercase with no trailing period",
      "GL44: not of the form GL0000",
    ]);
