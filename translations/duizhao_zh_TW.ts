<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>About</name>
    <message>
        <source>Read Chinese side by side: the original, its Simplified or Traditional conversion, pinyin and an offline English translation.</source>
        <translation>並排閱讀中文：原文、簡繁轉換、拼音和離線英文翻譯。</translation>
    </message>
    <message>
        <source>Dictionary: CC-CEDICT, © MDBG, licensed under the Creative Commons Attribution-ShareAlike 4.0 licence (CC BY-SA 4.0).</source>
        <translation>詞典：CC-CEDICT，© MDBG，依據知識共享署名-相同方式共享 4.0 許可協議（CC BY-SA 4.0）授權。</translation>
    </message>
    <message>
        <source>Conversion: OpenCC. Pinyin: pypinyin. Word segmentation: jieba. Translation: Argos Translate models on CTranslate2.</source>
        <translation>簡繁轉換：OpenCC。拼音：pypinyin。分詞：jieba。翻譯：基於 CTranslate2 的 Argos Translate 模型。</translation>
    </message>
    <message>
        <source>Duizhao is free software under the GNU GPL, version 3 or later.</source>
        <translation>對照是自由軟體，依據 GNU GPL 第 3 版或更高版本釋出。</translation>
    </message>
    <message>
        <source>About Duizhao</source>
        <translation>關於對照</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <source>Person</source>
        <translation>人名</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>術語</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
</context>
<context>
    <name>ContentsDock</name>
    <message>
        <source>Contents</source>
        <translation>目錄</translation>
    </message>
</context>
<context>
    <name>DictionaryCard</name>
    <message>
        <source>HSK %1</source>
        <translation>HSK %1 級</translation>
    </message>
    <message>
        <source>frequency %1 (Zipf)</source>
        <translation>詞頻 %1（Zipf）</translation>
    </message>
    <message>
        <source>No HSK level</source>
        <translation>不在 HSK 詞表中</translation>
    </message>
    <message>
        <source>In this sentence: %1</source>
        <translation>在本句中：%1</translation>
    </message>
    <message>
        <source>%1 · Taiwan %2</source>
        <translation>%1 · 臺灣 %2</translation>
    </message>
    <message>
        <source>Not in the dictionary.</source>
        <translation>詞典中沒有此詞。</translation>
    </message>
    <message>
        <source>Add to glossary…</source>
        <translation>加入術語表…</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已掌握</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>在學</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>生詞</translation>
    </message>
    <message>
        <source>Mark the word known (K)</source>
        <translation>標為已掌握（K）</translation>
    </message>
    <message>
        <source>Mark the word learning, with this sentence (L)</source>
        <translation>標為在學，並記下這個句子（L）</translation>
    </message>
    <message>
        <source>Mark the word unknown (U)</source>
        <translation>標為生詞（U）</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>Chinese documents (%1)</source>
        <translation>中文文件（%1）</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Open Document</source>
        <translation>開啟文件</translation>
    </message>
    <message>
        <source>No recent documents</source>
        <translation>沒有最近的文件</translation>
    </message>
</context>
<context>
    <name>EnglishEditor</name>
    <message>
        <source>Missing glossary names: %1</source>
        <translation>缺少的詞彙表名稱：%1</translation>
    </message>
    <message>
        <source>Enter: keep · Ctrl+Enter: keep and go to the next sentence · Esc: cancel</source>
        <translation>Enter：儲存 · Ctrl+Enter：儲存並移至下一句 · Esc：取消</translation>
    </message>
    <message>
        <source>memory %1%</source>
        <translation>翻譯記憶 %1%</translation>
    </message>
    <message>
        <source>alternative</source>
        <translation>替代譯文</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>並排</translation>
    </message>
    <message>
        <source>Interlinear (pinyin over each character)</source>
        <translation>行間對照（拼音在每個漢字上方）</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>As in the document</source>
        <translation>與文件相同</translation>
    </message>
    <message>
        <source>Glossary of the terms used, at the end</source>
        <translation>在末尾附上所用術語的術語表</translation>
    </message>
    <message>
        <source>Mark the English you edited</source>
        <translation>標記您編輯過的英文</translation>
    </message>
    <message>
        <source>TMX: machine translations too</source>
        <translation>TMX：也包括機器翻譯</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>版式：</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>Pinyin:</source>
        <translation>拼音：</translation>
    </message>
    <message>
        <source>Main script:</source>
        <translation>主要字型：</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>紙張大小：</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML 網頁</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word 文件</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>TMX translation memory</source>
        <translation>TMX 翻譯記憶庫</translation>
    </message>
    <message>
        <source>Annotated JSON</source>
        <translation>標註 JSON</translation>
    </message>
    <message>
        <source>SubRip subtitles of the English</source>
        <translation>英文 SubRip 字幕</translation>
    </message>
    <message>
        <source>WebVTT subtitles of the English</source>
        <translation>英文 WebVTT 字幕</translation>
    </message>
    <message>
        <source>Subtitles of the English need a subtitle document (opened from .srt or .vtt): this one has no cue times.</source>
        <translation>英文字幕只能從字幕文件（從 .srt 或 .vtt 開啟）匯出：此文件沒有字幕時間。</translation>
    </message>
    <message>
        <source>Human translations (yours, reviewed, from the memory) are written, a model&apos;s only when asked; word-by-word glosses never.</source>
        <translation>寫入人工譯文（您的、已審校的、來自翻譯記憶的）；模型譯文僅在要求時寫入；逐詞釋義從不寫入。</translation>
    </message>
    <message>
        <source>The complete annotated document; the options do not apply.</source>
        <translation>完整的標註文件；選項不適用。</translation>
    </message>
    <message>
        <source>Word and LibreOffice show the columns as a table.</source>
        <translation>Word 和 LibreOffice 將各列顯示為表格。</translation>
    </message>
    <message>
        <source>One block per sentence.</source>
        <translation>每句一塊。</translation>
    </message>
    <message>
        <source>One subtitle per cue, at the times of the subtitle file you opened; the original stands in where a sentence has no English yet.</source>
        <translation>每則字幕一段，時間與所開啟的字幕檔相同；尚無英文的句子以原文代替。</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>匯出到</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>替換檔案？</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{folder} 中已存在 {name}。要替換嗎？</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>請選擇要匯出到的檔案。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>匯出已取消，未寫入任何檔案。</translation>
    </message>
    <message>
        <source>Open a document before exporting it.</source>
        <translation>請先開啟文件再匯出。</translation>
    </message>
    <message>
        <source>The document is still being annotated; export it when the progress bar is gone.</source>
        <translation>文件仍在標註中；請在進度條消失後再匯出。</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已匯出到 {path}</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <source>Preview (first sentences)</source>
        <translation>預覽（前幾句）</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>No matches</source>
        <translation>無匹配</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 個，共 %2 個</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>尋找：</translation>
    </message>
    <message>
        <source>Chinese in either script, pinyin without tones, or English</source>
        <translation>簡體或繁體中文、不帶聲調的拼音或英文</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一個匹配（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一個匹配（Enter）</translation>
    </message>
</context>
<context>
    <name>GlossaryCard</name>
    <message>
        <source>Traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message numerus="yes">
        <source>Occurrences: %n</source>
        <translation>
            <numerusform>出現 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryEdits</name>
    <message numerus="yes">
        <source>Delete %n entries</source>
        <translation>
            <numerusform>刪除 %n 個條目</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移動%1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n entries</source>
        <translation>
            <numerusform>匯入 %n 個條目</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>請先開啟文件。</translation>
    </message>
</context>
<context>
    <name>GlossaryEntryDialog</name>
    <message>
        <source>Type the Traditional or the Simplified form.</source>
        <translation>請輸入繁體或簡體形式。</translation>
    </message>
    <message>
        <source>Edit Glossary Entry</source>
        <translation>編輯術語條目</translation>
    </message>
    <message>
        <source>Add to Glossary</source>
        <translation>加入術語表</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>術語表</translation>
    </message>
    <message>
        <source>filled in from Simplified if empty</source>
        <translation>留空則根據簡體填寫</translation>
    </message>
    <message>
        <source>filled in from Traditional if empty</source>
        <translation>留空則根據繁體填寫</translation>
    </message>
</context>
<context>
    <name>GlossaryFiles</name>
    <message>
        <source>Import Glossary</source>
        <translation>匯入術語表</translation>
    </message>
    <message>
        <source>Glossaries (%1)</source>
        <translation>術語表（%1）</translation>
    </message>
    <message>
        <source>Export Glossary</source>
        <translation>匯出術語表</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>……還有 %n 條</numerusform>
        </translation>
    </message>
    <message>
        <source>Some lines could not be read:
%1

Import the %2 readable entries anyway?</source>
        <translation>有些行無法讀取：
%1

仍然匯入可讀取的 %2 個條目嗎？</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>沒有匯入任何內容：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries.</source>
        <translation>
            <numerusform>已匯入 %n 個條目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>已將 %n 個條目匯出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>Add %1</source>
        <translation>新增%1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>刪除%1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>編輯%1</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Hidden in this document: its own glossary defines the same characters.</source>
        <translation>在本文件中被隱藏：文件自己的術語表定義了相同的字詞。</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>本文件</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>個人</translation>
    </message>
    <message>
        <source>Not used in this document: the document&apos;s own glossary defines the same characters.</source>
        <translation>本文件中未使用：文件自己的術語表定義了相同的字詞。</translation>
    </message>
    <message>
        <source>Select a name or word in the Chinese text first.</source>
        <translation>請先在中文文字中選擇一個名稱或詞語。</translation>
    </message>
    <message>
        <source>Search: characters (either script), pinyin without tones, English</source>
        <translation>搜尋：漢字（簡繁皆可）、不帶聲調的拼音、英文</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>所有類別</translation>
    </message>
    <message>
        <source>New entries go to:</source>
        <translation>新條目儲存到：</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Add Selection…</source>
        <translation>新增所選…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Suggest Names…</source>
        <translation>推薦名稱…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>復原 %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做 %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>術語表</translation>
    </message>
    <message>
        <source>From this document&apos;s glossary (%1).</source>
        <translation>來自本文件的術語表（%1）。</translation>
    </message>
    <message>
        <source>It takes precedence over your personal entry for %1.</source>
        <translation>它優先於你的個人術語表中 %1 的條目。</translation>
    </message>
    <message>
        <source>From your personal glossary (%1).</source>
        <translation>來自你的個人術語表（%1）。</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Glossary colours</source>
        <translation>術語顏色</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The saved edits of this document were damaged; the file is kept as %1 and the previous save is used.</source>
        <translation>本文件儲存的修改已損毀；該檔案保留為 %1，並使用上一次儲存的內容。</translation>
    </message>
    <message>
        <source>The saved edits of this document could not be read; the file is kept as %1 and the document opens without them.</source>
        <translation>無法讀取本文件儲存的修改；該檔案保留為 %1，文件將在沒有這些修改的情況下開啟。</translation>
    </message>
    <message numerus="yes">
        <source>%n edited sentence(s) are no longer in the document; their English is kept (File › Export Workspace lists them).</source>
        <translation>
            <numerusform>%n 個已編輯的句子已不在文件中；其英文仍被保留（「檔案 › 匯出工作區」會列出它們）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在開啟 %1…</translation>
    </message>
    <message>
        <source>Reading the pasted text…</source>
        <translation>正在讀取貼上的文字…</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>貼上的文字</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s)</source>
        <translation>
            <numerusform>%n 個句子</numerusform>
        </translation>
    </message>
    <message>
        <source>Translation cancelled.</source>
        <translation>翻譯已取消。</translation>
    </message>
    <message>
        <source>Duizhao</source>
        <translation>對照</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Paste as New Document</source>
        <translation>貼上為新文件(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>關閉視窗(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>尋找下一個(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>尋找上一個(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Original Pane</source>
        <translation>原文欄(&amp;O)</translation>
    </message>
    <message>
        <source>%1 Pane</source>
        <translation>%1欄</translation>
    </message>
    <message>
        <source>P&amp;inyin Pane</source>
        <translation>拼音欄(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;English Pane</source>
        <translation>英文欄(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Interlinear View</source>
        <translation>行間對照檢視(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Tone Colours</source>
        <translation>聲調顏色(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Side Panel</source>
        <translation>側邊欄(&amp;S)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Translate Again</source>
        <translation>重新翻譯(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Glossary…</source>
        <translation>術語表(&amp;G)…</translation>
    </message>
    <message>
        <source>Translation &amp;Models…</source>
        <translation>翻譯模型(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Read Aloud</source>
        <translation>朗讀(&amp;R)</translation>
    </message>
    <message>
        <source>Read &amp;Sentence</source>
        <translation>朗讀本句(&amp;S)</translation>
    </message>
    <message>
        <source>Read &amp;On From Here</source>
        <translation>從這裡讀下去(&amp;O)</translation>
    </message>
    <message>
        <source>Read the &amp;English</source>
        <translation>朗讀英文(&amp;E)</translation>
    </message>
    <message>
        <source>S&amp;low</source>
        <translation>慢速(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Normal Speed</source>
        <translation>正常速度(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Fast</source>
        <translation>快速(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Word Colours</source>
        <translation>詞語著色(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>無(&amp;N)</translation>
    </message>
    <message>
        <source>New Words by HSK &amp;Level</source>
        <translation>生詞按 HSK 等級著色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Underline Unknown Words</source>
        <translation>為生詞加底線(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Vocabulary…</source>
        <translation>詞彙(&amp;V)…</translation>
    </message>
    <message>
        <source>Mark Word &amp;Known</source>
        <translation>標為已掌握(&amp;K)</translation>
    </message>
    <message>
        <source>Mark Word &amp;Learning</source>
        <translation>標為在學(&amp;L)</translation>
    </message>
    <message>
        <source>Mark Word &amp;Unknown</source>
        <translation>標為生詞(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo Translation Edit</source>
        <translation>復原譯文編輯(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo Translation Edit</source>
        <translation>重做譯文編輯(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit Translation</source>
        <translation>編輯譯文(&amp;E)</translation>
    </message>
    <message>
        <source>Mark &amp;Reviewed / Not Reviewed</source>
        <translation>標記為已審校 / 未審校(&amp;R)</translation>
    </message>
    <message>
        <source>Next &amp;Not Reviewed</source>
        <translation>下一個未審校(&amp;N)</translation>
    </message>
    <message>
        <source>Export &amp;Workspace…</source>
        <translation>匯出工作區(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Import Workspace…</source>
        <translation>匯入工作區(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;About Duizhao</source>
        <translation>關於對照(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 &amp;Qt</translation>
    </message>
    <message>
        <source>Add &amp;Selection to Glossary…</source>
        <translation>將所選內容加入術語表(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>ModelBanner</name>
    <message>
        <source>No translation model is installed: the English pane shows a word-by-word gloss. The Chinese→English model is about 100 MB.</source>
        <translation>未安裝翻譯模型：英文欄顯示逐詞釋義。中→英模型約 100 MB。</translation>
    </message>
    <message>
        <source>Get a Model…</source>
        <translation>取得模型…</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <source>Translation Models</source>
        <translation>翻譯模型</translation>
    </message>
    <message>
        <source>Download Chinese→English…</source>
        <translation>下載中→英模型…</translation>
    </message>
    <message>
        <source>Install from File…</source>
        <translation>從檔案安裝…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Installed models:</source>
        <translation>已安裝的模型：</translation>
    </message>
    <message>
        <source>No model is installed. Without one, the English pane shows a word-by-word gloss from the dictionary.</source>
        <translation>未安裝模型。沒有模型時，英文欄顯示來自詞典的逐詞釋義。</translation>
    </message>
    <message>
        <source>Install Model</source>
        <translation>安裝模型</translation>
    </message>
    <message>
        <source>Argos models (*.argosmodel);;All files (*)</source>
        <translation>Argos 模型 (*.argosmodel);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Installing %1…</source>
        <translation>正在安裝 %1…</translation>
    </message>
    <message>
        <source>Downloading the Chinese→English model…</source>
        <translation>正在下載中→英模型…</translation>
    </message>
    <message>
        <source>Remove Model</source>
        <translation>刪除模型</translation>
    </message>
    <message>
        <source>Remove %1? Translations already made stay in the cache.</source>
        <translation>刪除 %1？已完成的翻譯仍保留在快取中。</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>正在刪除 %1…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>PaneGroup</name>
    <message>
        <source>Hide this pane</source>
        <translation>隱藏此欄</translation>
    </message>
    <message>
        <source>Original (Traditional)</source>
        <translation>原文（繁體）</translation>
    </message>
    <message>
        <source>Original (Simplified)</source>
        <translation>原文（簡體）</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>English (word-by-word gloss)</source>
        <translation>英文（逐詞釋義）</translation>
    </message>
    <message>
        <source>English (machine translation)</source>
        <translation>英文（機器翻譯）</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste as New Document</source>
        <translation>貼上為新文件</translation>
    </message>
    <message>
        <source>Chinese text to read (the clipboard is pasted here):</source>
        <translation>要閱讀的中文文字（剪貼簿內容已貼上到此處）：</translation>
    </message>
</context>
<context>
    <name>PinyinStyle</name>
    <message>
        <source>Tone marks (lìshí)</source>
        <translation>聲調符號（lìshí）</translation>
    </message>
    <message>
        <source>Tone numbers (li4shi2)</source>
        <translation>數字聲調（li4shi2）</translation>
    </message>
    <message>
        <source>No tones (lishi)</source>
        <translation>不帶聲調（lishi）</translation>
    </message>
    <message>
        <source>Zhuyin (ㄌㄧˋ ㄕˊ)</source>
        <translation>注音（ㄌㄧˋ ㄕˊ）</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟隨系統語言</translation>
    </message>
    <message>
        <source>Colour pinyin by tone</source>
        <translation>按聲調為拼音著色</translation>
    </message>
    <message>
        <source>Show 一 and 不 as spoken (tone sandhi: búshì, yígè)</source>
        <translation>按實際讀音顯示「一」「不」（變調：búshì、yígè）</translation>
    </message>
    <message>
        <source>Automatic (from the document)</source>
        <translation>自動（根據文件）</translation>
    </message>
    <message>
        <source>Standard (OpenCC)</source>
        <translation>標準（OpenCC）</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>臺灣</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>With the Taiwan conversion</source>
        <translation>隨臺灣轉換</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>一律</translation>
    </message>
    <message>
        <source>Never (mainland readings)</source>
        <translation>不使用（大陸讀音）</translation>
    </message>
    <message>
        <source>Where CC-CEDICT gives Taiwan&apos;s reading of a word, show it: 垃圾 lèsè, 星期 xīngqí</source>
        <translation>CC-CEDICT 註有臺灣讀音的詞，顯示臺灣讀音：垃圾 lèsè，星期 xīngqí</translation>
    </message>
    <message>
        <source>HSK 3.0, 2025 examination syllabus</source>
        <translation>HSK 3.0，2025 年考試大綱</translation>
    </message>
    <message>
        <source>HSK 3.0, GF0025-2021 standard</source>
        <translation>HSK 3.0，GF0025-2021 標準</translation>
    </message>
    <message>
        <source>HSK 2.0 (levels 1-6)</source>
        <translation>HSK 2.0（1–6 級）</translation>
    </message>
    <message>
        <source>Panes shown</source>
        <translation>顯示的欄</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>轉換文字</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Interlinear view (pinyin above the characters)</source>
        <translation>行間對照檢視（拼音在漢字上方）</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <source>Pinyin:</source>
        <translation>拼音：</translation>
    </message>
    <message>
        <source>Conversion:</source>
        <translation>簡繁轉換：</translation>
    </message>
    <message>
        <source>Taiwan readings:</source>
        <translation>臺灣讀音：</translation>
    </message>
    <message>
        <source>HSK levels:</source>
        <translation>HSK 等級：</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>字型：</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Click a highlighted name for its glossary card, or any other word for its dictionary entry.</source>
        <translation>點選醒目的名稱檢視術語卡片，點選其他詞語檢視詞典釋義。</translation>
    </message>
</context>
<context>
    <name>SuggestNamesDialog</name>
    <message>
        <source>Added</source>
        <translation>已新增</translation>
    </message>
    <message>
        <source>Suggest Names</source>
        <translation>推薦名稱</translation>
    </message>
    <message>
        <source>These look like transliterated names and are in neither the dictionary nor the glossary. Add the ones you want; you can edit them later.</source>
        <translation>這些看起來是音譯名稱，既不在詞典中也不在術語表中。新增你需要的，之後還可以編輯。</translation>
    </message>
    <message>
        <source>No new names found: every name-like word of this document is in the dictionary or the glossary.</source>
        <translation>沒有發現新名稱：本文件中所有類似名稱的詞都已在詞典或術語表中。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>出現次數</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
</context>
<context>
    <name>TranslationEdits</name>
    <message>
        <source>Edit Translation</source>
        <translation>編輯譯文</translation>
    </message>
    <message>
        <source>Mark Reviewed</source>
        <translation>標記為已審校</translation>
    </message>
    <message>
        <source>Mark Not Reviewed</source>
        <translation>標記為未審校</translation>
    </message>
</context>
<context>
    <name>VocabularyPanel</name>
    <message>
        <source>Counting the words…</source>
        <translation>正在統計詞語…</translation>
    </message>
    <message>
        <source>You know %1 of the %2 words of this document, and %3 of its %4 distinct words.</source>
        <translation>本文共 %2 個詞，你掌握了 %1；在 %4 個不同的詞中，你掌握了 %3。</translation>
    </message>
    <message>
        <source>HSK 1–%1: %2 words newly marked known.</source>
        <translation>HSK 1–%1 級：新標為已掌握 %2 個詞。</translation>
    </message>
    <message>
        <source>Import Known Words</source>
        <translation>匯入已掌握的詞</translation>
    </message>
    <message>
        <source>Word lists (*.txt *.tsv *.csv);;All files (*)</source>
        <translation>詞表 (*.txt *.tsv *.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>%1

Import the readable lines anyway?</source>
        <translation>%1

仍要匯入可讀的行嗎？</translation>
    </message>
    <message>
        <source>%1 words read, %2 newly marked known.</source>
        <translation>讀取了 %1 個詞，新標為已掌握 %2 個。</translation>
    </message>
    <message>
        <source>Export Learning Words</source>
        <translation>匯出在學的詞</translation>
    </message>
    <message>
        <source>Anki deck (*.apkg);;CSV (*.csv)</source>
        <translation>Anki 牌組 (*.apkg);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 words written to %2.</source>
        <translation>已將 %1 個詞寫入 %2。</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>詞語</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次數</translation>
    </message>
    <message>
        <source>HSK</source>
        <translation>HSK</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>釋義</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Mark HSK 1 to this level known:</source>
        <translation>將 HSK 1 級至此級標為已掌握：</translation>
    </message>
    <message>
        <source>Import Known Words…</source>
        <translation>匯入已掌握的詞…</translation>
    </message>
    <message>
        <source>Export Learning Words…</source>
        <translation>匯出在學的詞…</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>詞彙</translation>
    </message>
</context>
<context>
    <name>WorkStatus</name>
    <message>
        <source>%1 / %2 reviewed</source>
        <translation>已審校 %1 / %2</translation>
    </message>
    <message>
        <source>Annotating</source>
        <translation>正在標註</translation>
    </message>
    <message>
        <source>Translating</source>
        <translation>正在翻譯</translation>
    </message>
    <message>
        <source>Reading aloud (Esc stops).</source>
        <translation>正在朗讀（按 Esc 停止）。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <source>Duizhao workspace (*.duizhao)</source>
        <translation>Duizhao 工作區 (*.duizhao)</translation>
    </message>
    <message>
        <source>Export Workspace</source>
        <translation>匯出工作區</translation>
    </message>
    <message>
        <source>Workspace exported to %1.</source>
        <translation>工作區已匯出至 %1。</translation>
    </message>
    <message>
        <source>Import Workspace</source>
        <translation>匯入工作區</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) took their English from %1.</source>
        <translation>
            <numerusform>%n 個句子採用了 %1 中的英文。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited sentence(s) are not in this document; they are kept in its workspace.</source>
        <translation>
            <numerusform>%n 個已編輯的句子不在本文件中；它們保留在其工作區中。</numerusform>
        </translation>
    </message>
</context>
</TS>
