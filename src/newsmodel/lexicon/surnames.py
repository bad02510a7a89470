"""Family names by naming tradition: the names that may be written first (data).

Where the entries come from: Wikipedia's "List of common Chinese surnames" (pinyin, from the
Ministry of Public Security's household-register counts), "List of Korean surnames" (the
Statistics Korea census, in the romanisations Yonhap writes), "List of most common surnames in
Asia" (Japan, from the Meiji Yasuda survey, plus the family names of post-war prime ministers and
ministers wire copy writes family name first) and "Vietnamese name" (the common family names).
Each list is written once, without accents, as wire copy prints it.
"""

from __future__ import annotations

__all__ = [
    "CHINESE_SURNAMES",
    "JAPANESE_SURNAMES",
    "KOREAN_SURNAMES",
    "VIETNAMESE_SURNAMES",
]

# Common Chinese family names in pinyin (a name starting with one, in two or three syllables, is
# read family name first). "Yu" and "Lee" also occur as given names; the rule needs the whole shape.
CHINESE_SURNAMES: tuple[str, ...] = tuple(
    """
    Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang
    Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Du Ye Cheng Su
    Wei Lyu Lu Ding Ren Shen Yao Cui Zhong Tan Wan Fan Jin Shi Liao Jia Xia Fu Fang Bai
    Zou Meng Xiong Qin Qiu Hou Yin Xue Yan Duan Lei Long Tao Gu Mao Hao Gong Shao
    Qian Wen Kong Kang Ni Qi Ou Chang Lan Mo Jing Mi Bi Niu Dai Ji Lian Ge Geng Fei Ling
    Qu Zhan Hong Sha Yi Yue Che Bao Rong Ruan
    """.split()
)

# Korean family names as romanised in Yonhap copy (``Yoo Jee-ho``, ``Yoon Suk Yeol``).
KOREAN_SURNAMES: tuple[str, ...] = tuple(
    """
    Kim Lee Park Choi Jung Jeong Kang Cho Yoon Yun Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo
    Yu Hong Jeon Ko Moon Son Yang Bae Baek Heo Nam Noh Ha Kwak Sung Cha Joo Woo Min Ryu Na Jin Ji
    Eom Chae Won Chun Bang Gong Hyun Ham Byun Yeom Yeo Chu Do So Seok Seon Seol Ma Gil Yeon Pyo
    """.split()
)

# Common Japanese family names: a two-word name starting with one (and not ending with one) is
# read family name first, as Japanese government style and some agencies write it
# (``Ishiba Shigeru``); ``Shigeru Ishiba`` stays given name first.
JAPANESE_SURNAMES: tuple[str, ...] = tuple(
    """
    Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada
    Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto
    Yamashita Ishikawa Nakajima Maeda Fujita Ogawa Goto Okada Hasegawa Murakami Kondo Ishii Saito
    Sakamoto Endo Aoki Fujii Nishimura Fukuda Ota Miura Okamoto Matsuda Nakagawa Harada Ono Takeuchi
    Kishida Ishiba Suga Koizumi Motegi Iwaya Takaichi Kono Noda Hatoyama Aso Nikai Edano
    """.split()
)

# Common Vietnamese family names: Vietnamese names are written family name first
# (``Nguyen Phu Trong``: family name Nguyen). "Le" and "Lam" are also Western and Chinese names;
# the rule needs the whole shape (three words, or two with a short given name).
VIETNAMESE_SURNAMES: tuple[str, ...] = tuple(
    """
    Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Trinh Doan
    Luong Mai Ta Quach Thai Vuong Chu La Kieu Giang To
    """.split()
)
