# A program whose own line holds East Asian text before a syntax error: run from a file (bytes with
# no coding cookie), CPython's caret sits under the error's UTF-8 byte offset.
greeting = '你好，世界' + (1 2)
