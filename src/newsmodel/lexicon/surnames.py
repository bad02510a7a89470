"""Family names by naming tradition: the names that may be written first (data).

Where the entries come from: for Chinese, the Hundred Family Surnames (Baijiaxing) and Wikipedia's
"List of common Chinese surnames" in pinyin, with the Cantonese, Hokkien and Wade-Giles spellings
of the same names that Hong Kong, Taiwan and Singapore write (``Chan``, ``Tsai``, ``Hsu``,
``Lai``); for Korean, Wikipedia's "List of Korean surnames" (the Statistics Korea census) in the
romanisations Yonhap and KCNA write (``Choi``/``Choe``, ``Park``/``Pak``, ``Lee``/``Ri``); for
Japanese, Wikipedia's "List of most common Japanese surnames" (the Meiji Yasuda survey) and the
family names of post-war prime ministers and ministers; for Vietnamese, Wikipedia's "Vietnamese
name" (the common family names). Each list is written once, without diacritics, as wire copy
prints it; a name may stand in two traditions' lists (``Ho``: Chinese and Vietnamese).
"""

from __future__ import annotations

__all__ = [
    "CHINESE_SURNAMES",
    "HUNGARIAN_GIVEN_NAMES",
    "JAPANESE_SURNAMES",
    "KOREAN_SURNAMES",
    "VIETNAMESE_SURNAMES",
]

# Common Chinese family names in pinyin (a name starting with one, in two or three syllables, is
# read family name first). "Yu" and "Lee" also occur as given names; the rule needs the whole shape.
CHINESE_SURNAMES: tuple[str, ...] = tuple(
    """
    Zhao Qian Sun Li Zhou Wu Zheng Wang Feng Chen Chu Wei Jiang Shen Han Yang Zhu Qin You Xu He
    Lyu Shi Zhang Kong Cao Yan Hua Jin Tao Qi Xie Zou Yu Bai Shui Dou Yun Su Pan Ge Xi Fan Peng
    Lang Lu Chang Ma Miao Fang Ren Yuan Liu Bao Tang Fei Lian Cen Xue Lei Ni Teng Yin Luo Bi Hao
    An Yue Fu Pi Bian Kang Bu Gu Meng Ping Huang Mu Xiao Yao Shao Zhan Mao Di Mi Bei Ming Zang
    Ji Cheng Dai Tan Song Pang Xiong Shu Qu Xiang Dong Liang Du Ruan Lan Min Qiang Jia Lou Tong
    Guo Mei Sheng Lin Diao Zhong Qiu Gao Xia Cai Tian Hu Ling Huo Wan Zhi Ke Zan Guan Mo Jing
    Gan Ying Zong Ding Xuan Ben Deng Shan Hang Hong Zuo Cui Niu Gong Xing Pei Rong Weng Xun Hui
    Zhen Rui Yi Bing Duan Jiao Ba Kui Che Hou Quan Ban Ning Luan Tou Zu Long Ye Si Bo Huai Pu
    Tai Cong E Suo Xian Lai Zhuo Tu Chi Qiao Nai Cang Shuang Wen Dang Zhai Lao Ran Zai Yong Sang
    Gui Shou Shang Nong Bie Zhuang Chai Chong Ru Huan Ai Liao Ju Heng Geng Man Kuang Kou Guang
    Que Ou Wo She Nie Chao Gou Ao Leng Zi Xin Kan Na Jian Rao Zeng Sha Kuai Zha Gai Ouyang Sima
    Zhuge Shangguan Situ Dongfang Murong Huangfu Linghu Zhangsun Yuwen Xiahou Wenren Gongsun
    Chan Wong Cheung Leung Lau Lam Ng Ho Tsang Chow Yip Kwok Tse Tsai Hsu Chiang Hsieh Tseng Kuo
    Chou Chien Hsiao Chung Tsui Fung Kwan Mak Poon Siu Tam Yeung Yuen Chiu Choi Koo Kwong Law Lo
    Lui Mok Shum Sze Tsoi Wai Yau Yim Yiu Ko Lien Soong Teo Goh Lim Ong Koh Chua Ang Tay Toh Low
    Quek Sim Seah Yeo Wee Khoo Chia Loke Liew Yap Foo Chin Soh
    """.split()
)

# Korean family names as romanised in Yonhap copy (``Yoo Jee-ho``, ``Yoon Suk Yeol``).
KOREAN_SURNAMES: tuple[str, ...] = tuple(
    """
    Kim Lee Yi Rhee Park Pak Bak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Youn Jang Chang
    Lim Im Rim Han Hahn Oh Seo Suh Shin Sin Kwon Hwang Ahn An Song Yoo Yu Ryu Hong Jeon Chun Jun
    Ko Go Moon Mun Son Sohn Yang Ryang Bae Pae Baek Paek Heo Hur Huh Nam Noh Roh Ro Ha Kwak Gwak
    Sung Seong Cha Joo Ju Woo U Min Na Ra Jin Ji Chi Eom Um Chae Won Bang Pang Gong Kong Hyun
    Hyeon Ham Byun Byeon Pyon Yeom Yeo Chu Choo Do To So Seok Seon Seol Ma Gil Kil Yeon Pyo Shim
    Sim Ri Kye Gye Tak Ok Wi Maeng Myung Yook Yuk Koo Ku Gu Kyung Gi Ki Ye Tae Cheon Eun Guk
    Kook Hwangbo Namgung Jegal Seonu Dokgo Sagong Ban
    """.split()
)

# Common Japanese family names: a two-word name starting with one (and not ending with one) is
# read family name first, as Japanese government style and some agencies write it
# (``Ishiba Shigeru``); ``Shigeru Ishiba`` stays given name first.
JAPANESE_SURNAMES: tuple[str, ...] = tuple(
    """
    Sato Suzuki Takahashi Tanaka Ito Watanabe Yamamoto Nakamura Kobayashi Kato Yoshida Yamada
    Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Saito Shimizu Yamazaki Mori Ikeda Hashimoto
    Abe Ishikawa Yamashita Nakajima Ishii Ogawa Maeda Okada Hasegawa Fujita Goto Kondo Murakami
    Endo Aoki Sakamoto Fukuda Ota Nishimura Fujii Kaneko Okamoto Fujiwara Nakano Miura Harada
    Nakagawa Matsuda Takeuchi Ono Tamura Nakayama Wada Ishida Morita Ueda Hara Shibata Sakai
    Kudo Yokoyama Miyazaki Miyamoto Uchida Takagi Ando Taniguchi Ohno Maruyama Imai Takada
    Fujimoto Takeda Murata Ueno Sugiyama Masuda Sugawara Hirano Otsuka Chiba Kubo Matsui Iwasaki
    Sakurai Kinoshita Noguchi Matsuo Kikuchi Nomura Arai Sano Onishi Sugimoto Hamada Ichikawa
    Furukawa Mizuno Komatsu Shimada Koyama Takano Yamauchi Nishida Nishikawa Igarashi Kitamura
    Yasuda Nakata Kawaguchi Hirata Kawasaki Iida Yoshikawa Honda Kubota Sawada Tsuji Seki
    Yoshimura Iwata Nakanishi Hattori Higuchi Fukushima Kawakami Nagai Matsuoka Taguchi Yamanaka
    Morimoto Tsuchiya Yano Hirose Akiyama Ishihara Matsushita Oshima Kojima Kishi Miyata
    Kurihara Nagata Oda Ozawa Oyama Horie Kitagawa Shiraishi Tsuda Amano Asano Adachi Okubo
    Ishibashi Kishida Ishiba Suga Koizumi Motegi Iwaya Takaichi Kono Noda Hatoyama Aso Nikai
    Edano Kamikawa Nukaga Hamaguchi Obuchi Miyazawa Hosokawa Murayama Kaifu Takeshita Nakasone
    Ohira Tojo Konoe Tamaki Izumi Shii Kasai Nagatsuma
    """.split()
)

# Common Vietnamese family names: Vietnamese names are written family name first
# (``Nguyen Phu Trong``: family name Nguyen). "Le" and "Lam" are also Western and Chinese names;
# the rule needs the whole shape (three words, or two with a short given name).
VIETNAMESE_SURNAMES: tuple[str, ...] = tuple(
    """
    Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Trinh
    Doan Luong Mai Ta Quach Thai Vuong Chu La Kieu Giang To Cao Lam Luu Mac Ha Tang Trieu Lai
    Nghiem Phung Thach Khuc Khuong Lieu Bach Chau Diep Kha Khong Luc Mach Ong Phi Quan Than Tieu
    Ton Tong Trac Uong Vi Yen Au Cu Dam Dao Hua Lang Lo Nong Quang Sam Thieu Tu Tuong
    """.split()
)

# Hungarian given names (the commonest of the Hungarian Central Statistical Office's yearly lists,
# written without accents as English copy prints them). Hungarian puts the family name first; a
# text shows that order when one of these stands second (``Orban Viktor``). Names that are as
# common as Western given names in first place (Peter, Anna, Maria, Eva) are left out.
HUNGARIAN_GIVEN_NAMES: tuple[str, ...] = tuple(
    """
    Viktor Laszlo Istvan Janos Gyorgy Zoltan Ferenc Sandor Jozsef Tibor Attila Gabor Balazs Zsolt
    Csaba Imre Mihaly Bela Gergely Tamas Andras Gyula Karoly Lajos Miklos Endre Dezso Levente Bence
    Katalin Erzsebet Ilona Zsuzsanna Judit Krisztina Eszter Orsolya Timea Reka Zsofia Ildiko
    """.split()
)
