namespace EconSecGraph.Storage.FullText;

/// <summary>Martin Porter's 1980 suffix-stripping algorithm for English (as used by Lucene's EnglishAnalyzer).</summary>
internal static class PorterStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 2)
        {
            return word;
        }
        foreach (var ch in word)
        {
            if (ch is < 'a' or > 'z')
            {
                return word; // only plain lower-case ASCII words are stemmed
            }
        }
        var b = word.ToCharArray();
        var k = b.Length - 1;
        var s = new State(b, k);
        s.Step1ab();
        if (s.K > 0)
        {
            s.Step1c();
            s.Step2();
            s.Step3();
            s.Step4();
            s.Step5();
        }
        return new string(b, 0, s.K + 1);
    }

    private sealed class State(char[] b, int k)
    {
        private readonly char[] _b = b;
        private int _j;

        public int K { get; private set; } = k;

        private bool Cons(int i) =>
            _b[i] switch
            {
                'a' or 'e' or 'i' or 'o' or 'u' => false,
                'y' => i == 0 || !Cons(i - 1),
                _ => true,
            };

        // m() measures the number of consonant sequences between 0 and j
        private int M()
        {
            var n = 0;
            var i = 0;
            while (true)
            {
                if (i > _j)
                {
                    return n;
                }
                if (!Cons(i))
                {
                    break;
                }
                i++;
            }
            i++;
            while (true)
            {
                while (true)
                {
                    if (i > _j)
                    {
                        return n;
                    }
                    if (Cons(i))
                    {
                        break;
                    }
                    i++;
                }
                i++;
                n++;
                while (true)
                {
                    if (i > _j)
                    {
                        return n;
                    }
                    if (!Cons(i))
                    {
                        break;
                    }
                    i++;
                }
                i++;
            }
        }

        private bool VowelInStem()
        {
            for (var i = 0; i <= _j; i++)
            {
                if (!Cons(i))
                {
                    return true;
                }
            }
            return false;
        }

        private bool DoubleC(int j) => j >= 1 && _b[j] == _b[j - 1] && Cons(j);

        private bool Cvc(int i)
        {
            if (i < 2 || !Cons(i) || Cons(i - 1) || !Cons(i - 2))
            {
                return false;
            }
            return _b[i] is not ('w' or 'x' or 'y');
        }

        private bool Ends(string s)
        {
            var l = s.Length;
            var o = K - l + 1;
            if (o < 0)
            {
                return false;
            }
            for (var i = 0; i < l; i++)
            {
                if (_b[o + i] != s[i])
                {
                    return false;
                }
            }
            _j = K - l;
            return true;
        }

        private void SetTo(string s)
        {
            var l = s.Length;
            var o = _j + 1;
            for (var i = 0; i < l; i++)
            {
                _b[o + i] = s[i];
            }
            K = _j + l;
        }

        private void R(string s)
        {
            if (M() > 0)
            {
                SetTo(s);
            }
        }

        public void Step1ab()
        {
            if (_b[K] == 's')
            {
                if (Ends("sses"))
                {
                    K -= 2;
                }
                else if (Ends("ies"))
                {
                    SetTo("i");
                }
                else if (_b[K - 1] != 's')
                {
                    K--;
                }
            }
            if (Ends("eed"))
            {
                if (M() > 0)
                {
                    K--;
                }
            }
            else if ((Ends("ed") || Ends("ing")) && VowelInStem())
            {
                K = _j;
                if (Ends("at"))
                {
                    SetTo("ate");
                }
                else if (Ends("bl"))
                {
                    SetTo("ble");
                }
                else if (Ends("iz"))
                {
                    SetTo("ize");
                }
                else if (DoubleC(K))
                {
                    K--;
                    var ch = _b[K];
                    if (ch is 'l' or 's' or 'z')
                    {
                        K++;
                    }
                }
                else if (M() == 1 && Cvc(K))
                {
                    _j = K;
                    SetTo("e");
                }
            }
        }

        public void Step1c()
        {
            if (Ends("y") && VowelInStem())
            {
                _b[K] = 'i';
            }
        }

        private static readonly (string From, string To)[][] s_step2 =
        [
            [("ational", "ate"), ("tional", "tion")],
            [("enci", "ence"), ("anci", "ance")],
            [("izer", "ize")],
            [("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous")],
            [("ization", "ize"), ("ation", "ate"), ("ator", "ate")],
            [("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous")],
            [("aliti", "al"), ("iviti", "ive"), ("biliti", "ble")],
            [("logi", "log")],
        ];

        public void Step2()
        {
            if (K == 0)
            {
                return;
            }
            var group = _b[K - 1] switch
            {
                'a' => 0,
                'c' => 1,
                'e' => 2,
                'l' => 3,
                'o' => 4,
                's' => 5,
                't' => 6,
                'g' => 7,
                _ => -1,
            };
            if (group < 0)
            {
                return;
            }
            foreach (var (from, to) in s_step2[group])
            {
                if (Ends(from))
                {
                    R(to);
                    return;
                }
            }
        }

        public void Step3()
        {
            (string, string)[] rules = _b[K] switch
            {
                'e' => [("icate", "ic"), ("ative", ""), ("alize", "al")],
                'i' => [("iciti", "ic")],
                'l' => [("ical", "ic"), ("ful", "")],
                's' => [("ness", "")],
                _ => [],
            };
            foreach (var (from, to) in rules)
            {
                if (Ends(from))
                {
                    R(to);
                    return;
                }
            }
        }

        public void Step4()
        {
            if (K == 0)
            {
                return;
            }
            string[] suffixes = _b[K - 1] switch
            {
                'a' => ["al"],
                'c' => ["ance", "ence"],
                'e' => ["er"],
                'i' => ["ic"],
                'l' => ["able", "ible"],
                'n' => ["ant", "ement", "ment", "ent"],
                'o' => ["ion", "ou"],
                's' => ["ism"],
                't' => ["ate", "iti"],
                'u' => ["ous"],
                'v' => ["ive"],
                'z' => ["ize"],
                _ => [],
            };
            foreach (var suffix in suffixes)
            {
                if (Ends(suffix))
                {
                    if (string.Equals(suffix, "ion", StringComparison.Ordinal) && !(_j >= 0 && _b[_j] is 's' or 't'))
                    {
                        return;
                    }
                    if (M() > 1)
                    {
                        K = _j;
                    }
                    return;
                }
            }
        }

        public void Step5()
        {
            _j = K;
            if (_b[K] == 'e')
            {
                var a = M();
                if (a > 1 || (a == 1 && !Cvc(K - 1)))
                {
                    K--;
                }
            }
            if (_b[K] == 'l' && DoubleC(K) && M() > 1)
            {
                K--;
            }
        }
    }
}
