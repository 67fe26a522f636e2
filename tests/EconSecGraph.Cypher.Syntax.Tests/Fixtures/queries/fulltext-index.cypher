CREATE FULLTEXT INDEX article_text IF NOT EXISTS FOR (n:Article|Event) ON EACH [n.title, n.body] OPTIONS {indexConfig: {`fulltext.analyzer`: "cjk"}}
